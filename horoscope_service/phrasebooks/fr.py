from horoscope_service.model import Aspect, Body, MoonPhase
from horoscope_service.phrasebooks import Phrasebook

_SIGNS = ("Bélier", "Taureau", "Gémeaux", "Cancer", "Lion", "Vierge",
          "Balance", "Scorpion", "Sagittaire", "Capricorne", "Verseau", "Poissons")

BOOK = Phrasebook(
    signs=_SIGNS,
    in_signs=tuple(f"en {s}" for s in _SIGNS),
    planets={Body.SUN: "le Soleil", Body.MOON: "la Lune", Body.MERCURY: "Mercure", Body.VENUS: "Vénus",
             Body.MARS: "Mars", Body.JUPITER: "Jupiter", Body.SATURN: "Saturne", Body.URANUS: "Uranus",
             Body.NEPTUNE: "Neptune", Body.PLUTO: "Pluton"},
    on_weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    today="aujourd'hui",
    this_week="cette semaine",
    this_month="ce mois-ci",

    # ---- Daily summary ----
    moon_house=(
        # 1: self, body, appearance (the Moon in the reader's own sign)
        (
            "Vos propres émotions donnent le tempo tant que la Lune est {moon_in}, votre signe : laissez votre premier "
            "instinct guider les petits choix.",
            "On lit facilement sur votre visage sous la Lune {moon_in} ; laissez-y paraître la chaleur plutôt que "
            "l'inquiétude.",
            "Une fois par mois, la Lune revient dans votre signe, et la voici {moon_in} : faites passer vos besoins en "
            "premier, le temps d'une journée.",
            "L'énergie revient dans votre corps sous une Lune {moon_in} : bougez, étirez-vous et osez prendre un peu "
            "plus de place.",
        ),
        # 2: money, possessions, values
        (
            "Les questions d'argent passent au premier plan tant que la Lune est {moon_in} ; jetez un œil à la facture "
            "ou au compte que vous évitez.",
            "Vos biens et vos valeurs méritent un inventaire avec la Lune {moon_in} : gardez ce qui vous sert et "
            "donnez le reste.",
            "Vos dépenses reflètent-elles ce qui compte vraiment pour vous ? Une Lune {moon_in} rend la réponse "
            "évidente.",
            "Confort et sécurité comptent plus que d'habitude maintenant que la Lune est {moon_in}, et un petit "
            "plaisir à la portée de votre budget est bien mérité.",
        ),
        # 3: messages, siblings, neighborhood, short trips
        (
            "Messages, appels et courses rapides remplissent les heures avec la Lune {moon_in} ; tenez une liste pour "
            "ne rien oublier.",
            "Un frère, une sœur ou un voisin pourrait avoir des nouvelles pour vous, et la Lune {moon_in} facilite la "
            "conversation.",
            "Prenez le chemin des écoliers pour faire vos courses : les petits trajets dans votre quartier vous "
            "ressourcent tant que la Lune est {moon_in}.",
            "Vos mots font mouche sous une Lune {moon_in} : envoyez enfin l'e-mail que vous rédigez dans votre tête.",
        ),
        # 4: home, family, roots
        (
            "Le foyer et la famille réclament votre attention tant que la Lune est {moon_in}, et une soirée à la "
            "maison pourrait être exactement ce qu'il vous faut.",
            "Appeler un parent ou un vieil ami de la famille compte plus que vous ne l'imaginez avec la Lune "
            "{moon_in}.",
            "Dégagez une table, ouvrez une fenêtre, allumez une lampe : sous une Lune {moon_in}, votre cadre de vie "
            "façonne votre humeur.",
            "Des souvenirs d'enfance remontent facilement maintenant que la Lune est {moon_in}, et vous rappellent ce "
            "qui vous rassure vraiment.",
        ),
        # 5: romance, play, creativity, children
        (
            "Amours et loisirs ont le vent en poupe tant que la Lune est {moon_in} ; accordez-vous un moment rien que "
            "pour le plaisir.",
            "Les idées créatives fusent avec la Lune {moon_in} : dessinez, cuisinez, chantez ou écrivez avant que "
            "l'inspiration ne retombe.",
            "Le jeu de la séduction vous vient tout naturellement sous une Lune {moon_in}, et une invitation "
            "improvisée pourrait déboucher sur une délicieuse soirée.",
            "Passer du temps avec des enfants, ou avec l'enfant qui est en vous, vous ressource tant que la Lune reste "
            "{moon_in}.",
        ),
        # 6: daily work, routine, health
        (
            "Votre routine quotidienne mérite une petite mise au point tant que la Lune est {moon_in} : une seule "
            "bonne habitude vaut mieux qu'un programme entièrement nouveau.",
            "La liste des tâches fond à vue d'œil avec la Lune {moon_in}, surtout les corvées que vous repoussez sans "
            "cesse.",
            "Travaillez par plages régulières et mangez à heures fixes ; une Lune {moon_in} récompense le rythme "
            "plutôt que les exploits.",
            "L'eau, le sommeil et une marche quotidienne vous font plus de bien que d'habitude, car la Lune {moon_in} "
            "met l'accent sur votre bien-être.",
        ),
        # 7: partners, contracts, one-to-one
        (
            "Partenaires et proches alliés occupent le devant de la scène tant que la Lune est {moon_in} : prenez du "
            "temps pour la personne qui vous soutient.",
            "En tête-à-tête, les conversations gagnent en profondeur avec la Lune {moon_in} ; choisissez un endroit "
            "calme et écoutez vraiment.",
            "Relisez deux fois les accords et précisez qui fait quoi : la Lune {moon_in} passe contrats et promesses "
            "au crible.",
            "Un proche vous renvoie votre humeur comme un miroir sous une Lune {moon_in}, et vous pourriez découvrir "
            "quelque chose sur vous-même.",
        ),
        # 8: shared resources, intimacy, debts, transformation
        (
            "Argent commun, prêts et décisions à deux appellent une discussion franche, et la Lune {moon_in} vous aide "
            "à l'engager.",
            "L'intimité demande de la confiance plus que des mots avec la Lune {moon_in} ; laissez quelqu'un découvrir "
            "votre côté plus tendre.",
            "Régler une dette, même petite, ou rendre un vieux service a quelque chose de libérateur maintenant que la "
            "Lune est {moon_in}.",
            "Ce que vous avez dépassé ne demande qu'à partir, et la Lune {moon_in} vous donne le courage de vous en "
            "défaire.",
        ),
        # 9: travel, study, beliefs
        (
            "L'appel du large se fait sentir tant que la Lune est {moon_in} ; commencez à préparer le voyage dont vous "
            "rêvez depuis longtemps.",
            "Un livre, un cours ou une longue conversation vous ouvre l'esprit avec la Lune {moon_in}.",
            "Écoutez quelqu'un qui voit le monde autrement : une Lune {moon_in} soumet vos convictions à une mise à "
            "l'épreuve bienveillante.",
            "Le quotidien paraît étriqué quand la Lune est {moon_in} : changez de perspective avec un nouveau café, un "
            "autre itinéraire ou un sujet inédit.",
        ),
        # 10: career, standing, reputation
        (
            "Votre carrière s'invite dans vos pensées tant que la Lune est {moon_in}, et les décideurs remarquent "
            "votre façon de gérer la pression.",
            "Une compétence discrète bâtit votre réputation avec la Lune {moon_in} ; laissez les résultats parler "
            "avant vous.",
            "L'ambition s'éveille sous une Lune {moon_in} : notez l'objectif professionnel que vous visez et un "
            "premier pas pour l'atteindre.",
            "Votre image au travail compte plus que d'habitude quand la Lune est {moon_in} ; faites des promesses "
            "modestes et tenez-les toutes.",
        ),
        # 11: friends, groups, hopes
        (
            "Amis et groupes font ressortir le meilleur de vous-même pendant le séjour de la Lune {moon_in} : dites "
            "oui à une sortie en bande.",
            "Un vieil espoir reprend vie avec la Lune {moon_in}, et un ami pourrait savoir comment vous aider.",
            "Partagez la charge et les mérites : le travail d'équipe coule de source sous une Lune {moon_in}.",
            "Reprenez contact avec quelqu'un que vous avez perdu de vue ; la Lune {moon_in} favorise votre cercle "
            "élargi.",
        ),
        # 12: rest, solitude, what is hidden
        (
            "Repos et solitude vous font du bien tant que la Lune est {moon_in} ; préservez une heure sans aucune "
            "sollicitation.",
            "Quelques heures au calme rechargent vos batteries avec la Lune {moon_in}, et une sieste ou un coucher "
            "précoce n'ont rien d'un luxe.",
            "Des sentiments enfouis refont doucement surface sous une Lune {moon_in} ; les écrire vous aide à les "
            "comprendre.",
            "Ce que vous préparez en coulisses compte davantage que ce que vous montrez quand la Lune est {moon_in} ; "
            "planifiez au lieu de vous mettre en scène.",
        ),
    ),
    lunar_aspects={
        # The Sun: will, vitality, visibility
        (Body.SUN, Aspect.CONJUNCTION): (
            "La conjonction de la Lune et du Soleil unit le cœur et la volonté : ce que vous voulez et ce que vous "
            "ressentez s'accordent enfin.",
            "La Lune rejoint le Soleil et votre énergie se rassemble en un seul point : choisissez un objectif unique "
            "et jetez-y toutes vos forces.",
            "Quand la Lune rencontre le Soleil, une remise à zéro en douceur invite à poser une intention plutôt qu'à "
            "faire de l'effet.",
        ),
        (Body.SUN, Aspect.SEXTILE): (
            "Le sextile de la Lune au Soleil vous offre une petite fenêtre pour vous faire remarquer ; avancez-vous et "
            "proposez votre idée.",
            "Un sextile entre la Lune et le Soleil vous prête une vitalité constante, à condition de la consacrer à "
            "quelque chose qui compte.",
            "Le soutien des responsables est à portée de main sous le sextile Lune-Soleil : demandez ce dont vous avez "
            "besoin.",
        ),
        (Body.SUN, Aspect.SQUARE): (
            "La Lune forme un carré avec le Soleil : vos émotions tirent d'un côté, vos objectifs de l'autre ; "
            "occupez-vous d'abord de ce qui ne peut pas attendre.",
            "Les frictions du carré Lune-Soleil vous donnent la bougeotte, et cette fébrilité peut relancer une tâche "
            "au point mort.",
            "L'amour-propre se froisse facilement sous le carré Lune-Soleil ; transformez l'agacement en un pas "
            "décisif.",
        ),
        (Body.SUN, Aspect.TRINE): (
            "Le trigone de la Lune au Soleil permet à la tête et au cœur de travailler ensemble, et vos projets "
            "avancent sans forcer.",
            "La confiance vient naturellement avec la Lune en trigone au Soleil : montrez-vous et profitez-en.",
            "Un trigone Lune-Soleil restaure votre vitalité ; dépensez-en une partie à la lumière du jour et au grand "
            "air.",
        ),
        (Body.SUN, Aspect.OPPOSITION): (
            "La Lune s'oppose au Soleil, et vos besoins entrent en concurrence avec vos envies ; un juste équilibre "
            "vaut mieux qu'une victoire totale.",
            "Face au Soleil, la Lune éclaire pleinement vos choix, et les autres voient clairement ce que vous "
            "défendez.",
            "Avec la Lune opposée au Soleil, deux pans de votre vie réclament autant de temps l'un que l'autre : "
            "accordez à chacun son heure.",
        ),
        # Mercury: talk, plans, messages
        (Body.MERCURY, Aspect.CONJUNCTION): (
            "La conjonction de la Lune et de Mercure remplit votre tête d'idées et votre téléphone de messages ; "
            "gardez une trace des meilleures idées.",
            "Sentiments et mots se confondent quand la Lune rencontre Mercure : dites ce que vous pensez tant que "
            "c'est encore frais.",
            "La Lune conjointe à Mercure peut vite rendre une discussion intense ; gardez un ton plus léger que vos "
            "pensées.",
        ),
        (Body.MERCURY, Aspect.SEXTILE): (
            "Le sextile de la Lune à Mercure ouvre la porte à un échange utile ; passez l'appel au lieu de l'attendre.",
            "Un sextile Lune-Mercure aide vos projets à se mettre en place, pour peu que vous preniez le temps de les "
            "poser sur le papier.",
            "Les messages envoyés sous le sextile Lune-Mercure trouvent un lecteur bienveillant : répondez à celui qui "
            "attend depuis le plus longtemps.",
        ),
        (Body.MERCURY, Aspect.SQUARE): (
            "La Lune forme un carré avec Mercure, et vos mots peuvent sortir plus tranchants que prévu ; marquez une "
            "pause avant d'envoyer quoi que ce soit.",
            "Les signaux contradictoires du carré Lune-Mercure vous poussent à préciser un projet resté trop flou.",
            "Un petit malentendu sous le carré Lune-Mercure est le signal qu'il faut poser la question franchement.",
        ),
        (Body.MERCURY, Aspect.TRINE): (
            "Le trigone de la Lune à Mercure facilite la parole : abordez le sujet qui vous met d'ordinaire mal à "
            "l'aise.",
            "Projets et paperasse avancent tout seuls sous le trigone Lune-Mercure ; rattrapez votre retard d'une "
            "seule traite.",
            "Avec la Lune en trigone à Mercure, ce que vous apprenez s'ancre durablement : lisez, écoutez ou prenez "
            "des notes sur un sujet nouveau.",
        ),
        (Body.MERCURY, Aspect.OPPOSITION): (
            "La Lune s'oppose à Mercure, et la tête se dispute avec le cœur ; laissez chacun s'exprimer avant de "
            "trancher.",
            "Face à Mercure, la Lune vous montre l'autre versant d'une discussion, et écouter vous mènera plus loin "
            "qu'argumenter.",
            "Avec la Lune opposée à Mercure, vos projets croisent ceux de quelqu'un d'autre ; échangez les détails "
            "jusqu'à ce que tout s'emboîte.",
        ),
        # Venus: affection, pleasure, money spent
        (Body.VENUS, Aspect.CONJUNCTION): (
            "La conjonction de la Lune et de Vénus enveloppe la journée de tendresse ; dites simplement à quelqu'un "
            "que vous tenez à lui.",
            "Plaisir et confort ne font qu'un quand la Lune rencontre Vénus : savourez un bon repas ou de la musique "
            "sans culpabiliser.",
            "Avec la Lune conjointe à Vénus, l'envie de dépenser est forte ; offrez-vous une belle chose, pas cinq.",
        ),
        (Body.VENUS, Aspect.SEXTILE): (
            "Le sextile de la Lune à Vénus offre une occasion de chaleur humaine, mais c'est à vous de faire le "
            "premier pas.",
            "Un sextile entre la Lune et Vénus récompense les petites attentions : un mot, une fleur, un café partagé.",
            "Un achat malin ou une bonne affaire est à votre portée sous le sextile Lune-Vénus, si vous passez à "
            "l'action.",
        ),
        (Body.VENUS, Aspect.SQUARE): (
            "La Lune forme un carré avec Vénus, et l'envie d'en avoir plus peut vous pousser à trop dépenser ; "
            "fixez-vous une limite avant de faire les magasins.",
            "Les tensions du carré Lune-Vénus réveillent de petites jalousies ; exprimez ce dont vous avez besoin au "
            "lieu de bouder.",
            "Les petits plaisirs faciles vous tentent sous le carré Lune-Vénus : choisissez-en un que vous ne "
            "regretterez pas demain.",
        ),
        (Body.VENUS, Aspect.TRINE): (
            "Le trigone de la Lune à Vénus apporte tendresse et bonne compagnie ; acceptez une invitation.",
            "La beauté se trouve partout avec la Lune en trigone à Vénus : réaménagez une pièce ou portez votre "
            "couleur préférée.",
            "Argent et plaisir s'équilibrent joliment sous le trigone Lune-Vénus, et une petite gâterie a un goût de "
            "luxe.",
        ),
        (Body.VENUS, Aspect.OPPOSITION): (
            "La Lune s'oppose à Vénus, et vos besoins peuvent se heurter aux goûts de quelqu'un d'autre ; cherchez un "
            "terrain d'entente.",
            "Avec la Lune opposée à Vénus, donner et recevoir de l'affection demandent un équilibre ; laissez "
            "quelqu'un faire quelque chose pour vous.",
            "Face à Vénus, la Lune tiraille votre portefeuille entre épargne et petits plaisirs ; coupez la poire en "
            "deux.",
        ),
        # Mars: drive, anger, action
        (Body.MARS, Aspect.CONJUNCTION): (
            "La conjonction de la Lune et de Mars vous charge d'énergie ; attaquez une tâche physique et regardez-la "
            "fondre.",
            "Les émotions s'échauffent quand la Lune rencontre Mars : comptez jusqu'à dix avant de répondre à une "
            "provocation.",
            "Avec la Lune conjointe à Mars, le courage vient facilement ; attaquez enfin ce que vous repoussez depuis "
            "des semaines.",
        ),
        (Body.MARS, Aspect.SEXTILE): (
            "Le sextile de la Lune à Mars vous donne juste assez d'élan pour démarrer ; faites le premier pas avant "
            "midi.",
            "Un sextile Lune-Mars favorise l'action rapide : expédiez la course, la séance de sport ou la réparation.",
            "Défendre vos intérêts se fait sans heurts sous le sextile Lune-Mars, pour peu que vous le fassiez "
            "calmement.",
        ),
        (Body.MARS, Aspect.SQUARE): (
            "La Lune forme un carré avec Mars, et la moutarde vous monte vite au nez ; mettez cette ardeur dans "
            "l'effort plutôt que dans les disputes.",
            "Les frictions du carré Lune-Mars attisent votre impatience : c'est le signe qu'il faut régler ce qui vous "
            "agace.",
            "La précipitation engendre de petites erreurs sous le carré Lune-Mars ; évacuez ce trop-plein par une "
            "marche rapide ou une séance de sport.",
        ),
        (Body.MARS, Aspect.TRINE): (
            "Le trigone de la Lune à Mars transforme l'énergie en progrès sans effort ; attaquez-vous à un chantier "
            "plus ambitieux.",
            "Sous le trigone Lune-Mars, vous agissez avec assurance et les autres vous suivent volontiers.",
            "L'effort physique fait du bien sous le trigone Lune-Mars : courez, dansez, soulevez des poids ou "
            "jardinez.",
        ),
        (Body.MARS, Aspect.OPPOSITION): (
            "La Lune s'oppose à Mars, et l'élan d'un autre pourrait percuter le vôtre ; mettez-vous d'accord sur qui "
            "pilote quoi.",
            "Avec la Lune opposée à Mars, la colère, d'un côté comme de l'autre, est un signal et non un verdict ; "
            "prenez du recul et laissez retomber la pression.",
            "Face à Mars, la Lune vous demande de doser l'élan et la retenue ; ne menez qu'une bataille, tout au plus.",
        ),
        # Jupiter: luck, growth, generosity
        (Body.JUPITER, Aspect.CONJUNCTION): (
            "La conjonction de la Lune et de Jupiter gonfle l'optimisme et la bienveillance ; partagez généreusement "
            "votre chance.",
            "Tout semble plus grand quand la Lune rencontre Jupiter, l'appétit compris : profitez de l'abondance, avec "
            "un brin de modération.",
            "Avec la Lune conjointe à Jupiter, un geste généreux vous revient sous une forme inattendue.",
        ),
        (Body.JUPITER, Aspect.SEXTILE): (
            "Le sextile de la Lune à Jupiter entrouvre une porte chanceuse, mais encore faut-il frapper : envoyez la "
            "candidature ou présentez votre projet.",
            "Un sextile entre la Lune et Jupiter favorise l'apprentissage et l'épanouissement ; inscrivez-vous à ce "
            "qui vous enthousiasme.",
            "Un mot gentil de votre part porte plus loin que prévu sous le sextile Lune-Jupiter.",
        ),
        (Body.JUPITER, Aspect.SQUARE): (
            "La Lune forme un carré avec Jupiter, et les promesses se font vite mais se tiennent lentement ; "
            "engagez-vous un peu moins que vous ne le voudriez.",
            "Les tensions du carré Lune-Jupiter gonflent les attentes ; que cette ambition vous pousse à planifier "
            "sérieusement.",
            "La générosité peut virer à l'excès sous le carré Lune-Jupiter ; donnez de votre temps plutôt que de votre "
            "argent.",
        ),
        (Body.JUPITER, Aspect.TRINE): (
            "Le trigone de la Lune à Jupiter apporte chance et bonne humeur ; fiez-vous à une intuition pleine "
            "d'espoir.",
            "Vous progressez sans forcer sous le trigone Lune-Jupiter, et un petit effort rapporte gros.",
            "On vous offre volontiers de l'aide sous le trigone Lune-Jupiter : acceptez-la avec grâce.",
        ),
        (Body.JUPITER, Aspect.OPPOSITION): (
            "La Lune s'oppose à Jupiter, et les grands espoirs se heurtent aux besoins du quotidien ; gardez les pieds "
            "sur terre.",
            "Avec la Lune opposée à Jupiter, conciliez générosité envers les autres et équité envers vous-même.",
            "Face à Jupiter, la Lune oppose l'envie d'en avoir plus au sentiment d'en avoir assez ; décidez de ce qui "
            "vous comblerait vraiment.",
        ),
        # Saturn: duty, limits, patience
        (Body.SATURN, Aspect.CONJUNCTION): (
            "La conjonction de la Lune et de Saturne rend les sentiments graves et concentrés ; servez-vous de ce "
            "sérieux pour vous acquitter d'une obligation.",
            "Les responsabilités pèsent lourd quand la Lune rencontre Saturne : allégez-les en commençant par le plus "
            "difficile.",
            "Avec la Lune conjointe à Saturne, vous pourriez vous sentir en retrait, une humeur propice au travail "
            "minutieux et solitaire.",
        ),
        (Body.SATURN, Aspect.SEXTILE): (
            "Le sextile de la Lune à Saturne offre l'occasion de bâtir quelque chose de durable ; posez une brique "
            "solide.",
            "Un sextile Lune-Saturne vous aide à vous organiser : établissez un planning et tenez-vous-y.",
            "Sous le sextile Lune-Saturne, une personne plus âgée ou plus expérimentée peut vous conseiller, si vous "
            "le lui demandez.",
        ),
        (Body.SATURN, Aspect.SQUARE): (
            "La Lune forme un carré avec Saturne, et les limites se font pesantes ; composez avec elles plutôt que de "
            "lutter contre.",
            "Les tensions du carré Lune-Saturne peuvent ressembler à un mur ; voyez-y plutôt la liste de ce qui reste "
            "à faire.",
            "Un retard sous le carré Lune-Saturne met votre patience à l'épreuve et vous montre quel projet tient "
            "vraiment la route.",
        ),
        (Body.SATURN, Aspect.TRINE): (
            "Le trigone de la Lune à Saturne rend la discipline naturelle ; engagez-vous dans une routine que vous "
            "pourrez tenir.",
            "Avec la Lune en trigone à Saturne, la persévérance paie, et une tâche de longue haleine fait un vrai pas "
            "en avant.",
            "Main sûre et esprit calme accompagnent le trigone Lune-Saturne : occupez-vous des papiers administratifs "
            "ou du budget.",
        ),
        (Body.SATURN, Aspect.OPPOSITION): (
            "La Lune s'oppose à Saturne, et le devoir entre en conflit avec vos envies ; ménagez les deux en fixant "
            "une heure précise pour arrêter de travailler.",
            "Avec la Lune opposée à Saturne, les règles de quelqu'un pourraient vous irriter ; négociez la limite au "
            "lieu de la subir en silence.",
            "Face à Saturne, la Lune vous demande de mettre en balance confort et responsabilités ; reposez-vous une "
            "fois l'essentiel accompli.",
        ),
    },
    phases={
        MoonPhase.NEW_MOON: (
            "La nouvelle Lune fait table rase : semez une intention et gardez-la secrète pour l'instant.",
            "Le ciel entame un nouveau cycle lunaire, le bon moment pour décider de ce que vous voulez vraiment pour "
            "la suite.",
            "À la nouvelle Lune, l'énergie est faible mais limpide : choisissez un point de départ plutôt qu'une ligne "
            "d'arrivée.",
            "Invisible dans le ciel, la Lune se prête davantage aux projets mûris en silence qu'à l'action bruyante ; "
            "couchez votre objectif sur le papier.",
            "La nouvelle Lune marque le premier jour du mois lunaire : adoptez une habitude que vous aimeriez garder "
            "quatre semaines.",
        ),
        MoonPhase.WAXING_CRESCENT: (
            "Le jeune croissant de Lune favorise les petits pas plutôt que les grandes annonces.",
            "La Lune grandit de nouveau : l'élan naît d'un effort modeste et régulier.",
            "Un mince croissant réapparaît dans le ciel du soir, et avec lui l'audace d'essayer.",
            "Les doutes sont normaux pendant la phase du croissant ; répondez-y en faisant un petit pas de plus.",
            "Rassemblez ce qu'il vous faut pendant que la Lune croît : informations, outils et bons contacts.",
        ),
        MoonPhase.FIRST_QUARTER: (
            "Le premier quartier met votre détermination à l'épreuve : poursuivez ce que vous avez commencé.",
            "À moitié éclairée et toujours croissante, la Lune vous demande la décision que vous repoussez.",
            "Au premier quartier, les obstacles arrivent comme prévu, et chacun de ceux que vous franchissez vous "
            "fortifie.",
            "L'engagement est payant au premier quartier : choisissez une voie et cessez de peser le pour et le contre "
            "de chacune.",
            "Une Lune en premier quartier fait passer les projets de l'idée à l'effort ; libérez du temps pour le vrai "
            "travail.",
        ),
        MoonPhase.WAXING_GIBBOUS: (
            "La Lune est presque pleine : peaufinez plutôt que de tout recommencer.",
            "Une Lune gibbeuse croissante récompense la patience dans les détails.",
            "La Lune s'arrondit : ajustez votre trajectoire avant l'arrivée des résultats.",
            "La Lune gibbeuse est le temps des retouches : coupez ce qui ne fonctionne pas et renforcez ce qui marche.",
            "L'attente grandit à mesure que le disque lunaire se remplit : préparez-vous au lieu de vous inquiéter.",
        ),
        MoonPhase.FULL_MOON: (
            "La pleine Lune éclaire ce qui était caché, en vous et autour de vous.",
            "Sous la pleine Lune, les émotions montent et les vérités remontent à la surface.",
            "La pleine Lune marque un point culminant : une situation qui mûrissait depuis un moment arrive à son "
            "apogée.",
            "Vives et intenses, les émotions débordent à la pleine Lune et le sommeil se fait plus léger : levez le "
            "pied dès le début de soirée.",
            "La pleine Lune est l'occasion de fêter vos progrès et de faire le compte de ce que vous avez accompli "
            "depuis la nouvelle Lune.",
        ),
        MoonPhase.WANING_GIBBOUS: (
            "La Lune décroissante invite à partager ce que vous avez appris.",
            "Quand la Lune commence à décroître, la gratitude et la générosité viennent facilement.",
            "La Lune gibbeuse décroissante est idéale pour enseigner, accompagner et transmettre un bon tuyau.",
            "Après le pic de la pleine Lune, faites le point : qu'est-ce qui a marché, et que feriez-vous autrement ?",
            "Alors que la lumière commence à diminuer, ralentissez le rythme et digérez les deux dernières semaines.",
        ),
        MoonPhase.LAST_QUARTER: (
            "Le dernier quartier vous invite à lâcher une habitude qui ne vous sert plus.",
            "Avec une Lune à moitié dans l'ombre, mieux vaut désencombrer que d'en rajouter.",
            "Tournant du cycle, le dernier quartier est propice au grand tri, des placards jusqu'à l'agenda.",
            "À moitié éclairée et déclinante, la Lune vous demande de terminer, de pardonner et de ranger.",
            "Au dernier quartier, renégociez un engagement devenu trop lourd à porter.",
        ),
        MoonPhase.WANING_CRESCENT: (
            "Le fin croissant qui s'efface invite au repos avant le prochain cycle.",
            "Une Lune balsamique favorise la réflexion, le sommeil et les fins paisibles.",
            "L'énergie baisse dans les derniers jours du cycle lunaire ; voyez la fatigue comme une information, pas "
            "comme un échec.",
            "Le dernier croissant clôt le mois lunaire : bouclez ce qui traîne et laissez un peu d'espace libre.",
            "Rêves et rêveries sont particulièrement vifs quand la Lune décline, et certains méritent d'être notés.",
        ),
    },
    moon_moves="La Lune commence la journée {moon_in} et la termine {next_in} : l'ambiance change au fil des heures.",
    station_direct=(
        "{planet} reprend sa marche directe {when}, et ce qui était bloqué se remet en mouvement.",
        "{planet} termine sa rétrogradation {when} : ce qui coinçait commence à se dénouer.",
        "{planet} se remet en marche avant {when}, et un projet mis en pause peut reprendre en s'appuyant sur de "
        "meilleures informations.",
        "{planet} marque sa station directe {when} ; laissez passer un jour ou deux avant d'accélérer.",
        "{planet} sort de sa phase rétrograde {when}, et les leçons des semaines au ralenti deviennent plus faciles à "
        "appliquer.",
        "Fin d'une longue révision : {planet} reprend sa course {when} ; à vous de décider ce que vous en retenez.",
        "{planet} redémarre {when}, et une réponse ou une décision qui tardait peut enfin tomber.",
        "{planet} avance de nouveau {when} ; reprenez le projet laissé de côté et donnez-lui un vrai coup "
        "d'accélérateur.",
    ),
    station_retrograde=(
        "{planet} devient rétrograde {when} : ralentissez et revoyez votre copie avant de foncer.",
        "{planet} marque sa station rétrograde {when} ; attendez-vous à quelques retards et profitez-en pour faire le "
        "point.",
        "{planet} entame une phase rétrograde {when}, une période propice aux secondes versions plutôt qu'aux premiers "
        "lancements.",
        "{planet} semble s'arrêter puis reculer {when}, et d'anciennes affaires reviennent sur le tapis.",
        "{planet} rétrograde {when} : revenez sur vos choix récents et corrigez ceux qui ont manqué leur cible.",
        "{planet} fait marche arrière {when}, et la patience vous servira mieux que la pression.",
        "{planet} glisse dans sa phase rétrograde {when} ; laissez mûrir vos projets avant de les concrétiser.",
        "{planet} change de sens {when} et vous invite à réparer, à refaire et à renouer.",
    ),
    ingress_yours=(
        "{planet} entre dans votre signe {when} et apporte son énergie jusqu'à votre porte.",
        "{planet} arrive dans votre signe {when}, et un nouveau chapitre s'ouvre pour vous.",
        "{planet} franchit la frontière de votre signe {when} : ses thèmes se lisent désormais dans votre allure, vos "
        "actes et vos émotions.",
        "{planet} passe dans votre signe {when} : c'est le moment d'actualiser vos objectifs et votre image.",
        "{planet} s'installe dans votre signe {when} : attendez-vous à ce que l'on vous voie sous un jour nouveau.",
        "{planet} vous rejoint dans votre signe {when} et prête ses atouts à tout ce que vous entreprenez.",
        "{planet} atteint votre signe {when} ; profitez de cet élan en prenant l'initiative.",
        "{planet} fait son entrée dans votre signe {when}, et vos projets personnels prennent du poids.",
    ),
    ingress=(
        "{planet} arrive {in_sign} {when}, et l'ambiance générale s'en trouve modifiée.",
        "{planet} change de signe {when} et se trouve désormais {in_sign} ; observez ce que ce passage met en lumière.",
        "{planet} s'installe {in_sign} {when}, et son influence prend une nouvelle couleur pour tous.",
        "{planet} élit domicile {in_sign} {when}, et un autre pan de votre vie commence à s'animer.",
        "{planet} quitte un signe pour un autre {when} et se pose {in_sign} ; adaptez vos projets à ce nouveau climat.",
        "{planet} commence son séjour {in_sign} {when}, et le changement s'installe progressivement plutôt que d'un "
        "coup.",
        "{planet} passe {in_sign} {when} : préparez-vous à adapter les habitudes qui convenaient à l'ancien signe.",
        "{planet} atterrit {in_sign} {when}, et les premiers indices du changement apparaissent dans les conversations "
        "de tous les jours.",
    ),
    sun_own=(
        "Le Soleil est dans votre signe : c'est votre saison, montrez-vous.",
        "Avec le Soleil dans votre signe, votre énergie et votre confiance atteignent leur plus haut niveau de "
        "l'année.",
        "C'est la saison de votre anniversaire : célébrez-vous sans complexe.",
        "Le Soleil illumine votre propre signe, et votre entourage répond à vos initiatives plus volontiers que "
        "d'habitude.",
        "Le Soleil dans votre signe marque votre nouvel an personnel : fixez-vous des objectifs pour les douze mois à "
        "venir.",
        "La vitalité est de votre côté tant que le Soleil traverse votre signe ; investissez-la dans un projet qui "
        "vous ressemble vraiment.",
        "Tous les regards se tournent naturellement vers vous avec le Soleil dans votre signe ; misez sur la chaleur "
        "plutôt que sur le volume.",
        "Votre visage, votre voix et vos projets pèsent davantage avec le Soleil dans votre signe.",
    ),
    sun_opposite=(
        "Le Soleil éclaire votre signe opposé : d'autres prennent les devants et vous apprenez en observant.",
        "Le Soleil, de l'autre côté du zodiaque, met vos relations en pleine lumière.",
        "Partenaires comme rivaux vous montrent ce qu'il vous reste à travailler tant que le Soleil occupe votre signe "
        "opposé.",
        "Le Soleil opposé à votre signe fait de cette période celle du travail d'équipe ; les objectifs communs "
        "avancent plus vite que les projets en solo.",
        "Votre énergie peut baisser tant que le Soleil fait face à votre signe : reposez-vous bien et appuyez-vous sur "
        "vos alliés.",
        "Le Soleil vous fait face depuis l'autre bout du ciel et vous demande de mettre en balance vos besoins et ceux "
        "d'autrui.",
        "Le Soleil occupant le signe opposé au vôtre, c'est le moment de conclure contrats et engagements.",
        "Avec le Soleil dans le signe opposé, le compromis devient une force, pas une défaite.",
    ),
    mercury_retrograde=(
        "Mercure est rétrograde : vérifiez messages, dates et billets avant d'envoyer ou de signer.",
        "Avec Mercure rétrograde, reprenez d'anciens projets plutôt que d'en lancer de nouveaux.",
        "Sous Mercure rétrograde, les malentendus arrivent vite : dites les choses deux fois, et avec douceur.",
        "Mercure recule, et des personnes du passé pourraient reprendre contact ; répondez avec ouverture d'esprit.",
        "Tant que Mercure rétrograde, prévoyez de la marge pour vos déplacements et gardez des projets souples.",
        "Profitez de Mercure rétrograde pour terminer un livre, une lettre ou une conversation laissés en suspens.",
        "La phase rétrograde de Mercure ralentit réponses et livraisons, et la patience vous épargne bien du stress.",
        "Pendant la rétrogradation de Mercure, les objets perdus refont souvent surface : cherchez à nouveau là où "
        "vous avez déjà regardé.",
    ),
    slow_retrograde=(
        "{planet} est rétrograde, un lent rappel pour revoir vos projets à long terme.",
        "{planet} est rétrograde, et les leçons du passé sont de bon conseil.",
        "{planet} poursuit sa rétrogradation : vos objectifs lointains gagnent à être repensés patiemment.",
        "{planet} rétrograde pendant plusieurs mois, et avancer lentement, c'est toujours avancer.",
        "{planet} reste rétrograde : le changement s'opère en vous avant de se voir à l'extérieur.",
        "{planet} fait route à rebours pour l'instant, ce qui favorise l'achèvement de ce que vous avez commencé plus "
        "tôt dans l'année.",
        "{planet} traverse sa saison rétrograde, l'occasion de revenir sur une grande décision sans précipitation.",
        "{planet} continue sa marche arrière : laissez vos anciennes ambitions faire leurs preuves avant de les "
        "renouveler.",
    ),
    closers=(
        "Suivez le rythme du ciel : agissez quand l'énergie est là, reposez-vous quand elle faiblit.",
        "Ce sont les petits choix qui, mis bout à bout, font le changement que vous cherchez.",
        "Gardez votre sens de l'humour : il ouvre plus de portes que l'effort seul.",
        "Ce que vous cultivez maintenant grandira dans les semaines à venir.",
        "Offrez votre attention sans compter : c'est le cadeau dont on se souvient le plus.",
        "Cultivez votre curiosité : la réponse peut venir d'où vous ne l'attendez pas.",
        "Donnez-vous du temps : les vrais progrès se font rarement à grand bruit.",
        "Dans le doute, choisissez l'option la plus bienveillante et passez à autre chose.",
        "Terminez la journée en nommant une chose qui s'est bien passée.",
        "Laissez la soirée s'écouler lentement, et les impressions de la journée se déposer avant de dormir.",
        "Une phrase sincère peut faire plus qu'une heure de sous-entendus.",
        "Laissez une chose inachevée sans culpabiliser : demain, il y aura de la place pour elle.",
    ),

    # ---- Premium sections (daily, weekly, monthly) ----
    love=(
        "En amour, {when}, les mots sincères valent mieux que les grands gestes.",
        "Une conversation légère {when} peut mener à quelque chose de plus profond.",
        "Si vous êtes célibataire, acceptez l'invitation que vous déclineriez d'habitude.",
        "{when}, mieux vaut être tendre que d'avoir raison : laissez filer une petite dispute.",
        "Prévoyez quelque chose de simple à deux {when} : une promenade, un repas, une heure sans écrans.",
        "Quelqu'un vous accorde plus d'attention que vous ne le pensez.",
        "Vos vieux schémas amoureux sont plus faciles à repérer {when}, et à changer.",
        "Partagez un espoir que vous gardez d'ordinaire pour vous : il vous rapprochera.",
        "Laissez quelqu'un vous aider {when} ; accepter qu'on prenne soin de vous est aussi une forme d'intimité.",
        "Un message attendu pourrait arriver {when} ; répondez avec le cœur.",
        "Rire ensemble {when} répare plus qu'une longue explication.",
        "Remarquez qui est là pour vous {when}, et dites-leur merci de vive voix.",
    ),
    venus_retrograde=(
        "Vénus est rétrograde, et d'anciens sentiments ou d'anciennes flammes pourraient refaire surface le temps d'un "
        "second regard.",
        "Avec Vénus rétrograde, réexaminez ce qui compte pour vous avant d'y consacrer de l'argent.",
        "Vénus est rétrograde : reportez les changements de look radicaux et les gros achats de luxe.",
        "Tant que Vénus recule, une relation gagne à évoquer son histoire.",
        "Vénus rétrograde vous demande ce que vous attendez vraiment de l'amour, plutôt que ce dont vous avez "
        "l'habitude.",
        "Sous Vénus rétrograde, ravivez un plaisir partagé autrefois plutôt que de courir après la nouveauté.",
        "Vénus est en phase rétrograde : de vieilles blessures peuvent ressurgir, et une franchise tout en douceur "
        "aide à les guérir.",
        "La rétrogradation de Vénus ralentit les nouvelles idylles et vous laisse le temps de voir clair en quelqu'un.",
    ),
    career=(
        "Au travail, terminez bien une tâche avant de passer à la suivante.",
        "L'idée d'un collègue complète bien la vôtre ; associez-les {when}.",
        "Côté finances, {when}, la lecture attentive des petits caractères est payante.",
        "Votre patience avec un projet qui traîne va bientôt porter ses fruits.",
        "Prenez la parole en réunion {when} : c'est votre point de vue qui manque.",
        "Mettez de l'ordre dans vos projets et sur votre bureau : la clarté attire la prochaine occasion.",
        "Un choix pragmatique fait {when} vous épargnera des ennuis par la suite.",
        "Demandez un retour {when} ; il sera plus bienveillant et plus utile que prévu.",
        "Réservez {when} un créneau au calme pour le travail qui compte le plus.",
        "Une petite prise de risque au travail sera payante si vous la préparez avec soin.",
        "Dites non à une demande {when} : votre concentration mérite d'être protégée.",
        "Notez l'idée qui revient sans cesse : elle est plus concrète qu'il n'y paraît.",
    ),
    mercury_retrograde_work=(
        "Mercure est rétrograde : relisez deux fois contrats et e-mails avant qu'ils ne quittent votre bureau.",
        "Avec Mercure rétrograde, ressortez une proposition restée dans un tiroir : elle pourrait désormais tomber à "
        "point nommé.",
        "La rétrogradation de Mercure peut chambouler les agendas : confirmez réunions et échéances par écrit.",
        "Mercure rétrograde favorise la révision plutôt que les nouvelles propositions ; peaufinez le travail déjà "
        "accompli.",
        "Tant que Mercure recule, sauvegardez souvent votre travail et gardez une copie de tout ce qui est important.",
        "Mercure est rétrograde, une bonne période pour relancer clients et contacts d'anciens projets.",
        "Sous Mercure rétrograde, posez des questions plutôt que de supposer avoir compris une consigne.",
        "La phase rétrograde de Mercure se prête aux vérifications, au classement et au rangement plus qu'aux grandes "
        "annonces.",
    ),
    health=(
        "Buvez plus d'eau que d'habitude {when} et observez la différence.",
        "Une courte marche à la lumière du jour vous requinque mieux qu'un café de plus.",
        "Le sommeil est votre meilleur allié {when} : protégez votre heure de coucher.",
        "Étirez votre dos et vos épaules : les tensions s'y accumulent.",
        "Privilégiez {when} une cuisine simple et fraîche, et prenez le temps de manger.",
        "Respirez profondément pendant cinq minutes avant un moment exigeant.",
        "Une activité physique que vous aimez vaut mieux qu'un effort que vous subissez.",
        "Ménagez {when} des pauses régulières loin des écrans pour reposer vos yeux.",
        "Levez-vous et bougez quelques minutes toutes les heures {when}.",
        "Une boisson chaude et une soirée calme aident votre corps à se détendre.",
        "Écoutez votre appétit {when} plutôt que l'horloge.",
        "Passez du temps avec des gens qui vous font rire : c'est bon pour le corps comme pour l'esprit.",
    ),
    mars_retrograde=(
        "Mars est rétrograde : ménagez vos forces et terminez avant de commencer autre chose.",
        "Avec Mars rétrograde, la frustration est un signal pour ralentir, pas pour forcer.",
        "Sous Mars rétrograde, développez votre force progressivement plutôt que de courir après un record personnel.",
        "Tant que Mars recule, échauffez-vous bien et renouez avec une activité que vous aimiez autrefois.",
        "Mars rétrograde peut vous fatiguer plus vite que d'habitude : prévoyez du repos entre les journées chargées.",
        "La colère rentrée vide vos réserves pendant la rétrogradation de Mars ; libérez-la par le mouvement.",
        "Mars est rétrograde, alors guettez les premiers signes de surmenage et levez le pied avant qu'ils ne "
        "s'aggravent.",
        "La rétrogradation de Mars récompense la régularité plutôt que l'intensité : mieux valent des efforts courts "
        "et réguliers que de brusques coups de collier.",
    ),
    moods=("optimiste", "concentré", "espiègle", "pensif", "confiant", "tendre", "curieux", "calme",
           "reconnaissant", "intrépide", "doux", "aventureux"),
    colors=("bleu profond", "vert émeraude", "doré", "corail", "argenté", "violet", "terre cuite", "ivoire",
            "turquoise", "rose", "ambre", "bleu marine"),

    # ---- Weekly summary ----
    week_sun_house=(
        # 1
        (
            "Priorité à vos projets personnels cette semaine : le Soleil brille dans votre signe, alors pensez à vous "
            "sans culpabiliser.",
            "Un air d'anniversaire flotte sur la semaine : le Soleil dans votre signe dope votre confiance et votre "
            "goût des commencements.",
            "Votre allure, votre démarche et votre façon de vous présenter font forte impression tant que le Soleil "
            "traverse votre signe.",
        ),
        # 2
        (
            "Finances et biens matériels bénéficient d'un éclairage vif et pratique cette semaine, le Soleil "
            "traversant votre maison de l'argent.",
            "Comparer vos valeurs et votre solde bancaire en vaut la peine cette semaine, avec le Soleil dans votre "
            "deuxième maison.",
            "Confort matériel et revenus réguliers sont les thèmes de la semaine, le Soleil éclairant votre maison des "
            "ressources.",
        ),
        # 3
        (
            "Conversations, petits trajets et courses de proximité remplissent la semaine tant que le Soleil éclaire "
            "votre maison de la communication.",
            "Frères, sœurs et voisins jouent un rôle plus important que d'habitude cette semaine, avec le Soleil dans "
            "votre troisième maison.",
            "Écrivez, appelez, présentez vos idées : avec le Soleil dans votre maison des échanges, c'est la semaine "
            "idéale pour faire passer le message.",
        ),
        # 4
        (
            "La vie au foyer passe en priorité cette semaine, le Soleil s'installant au Fond du Ciel de votre thème.",
            "Liens familiaux et projets domestiques récompensent votre énergie pendant que le Soleil traverse votre "
            "quatrième maison.",
            "Vos racines comptent en ce moment : avec le Soleil dans votre maison du foyer, une semaine à faire votre "
            "nid porte ses fruits.",
        ),
        # 5
        (
            "Amour, créativité et loisirs illuminent la semaine, avec le Soleil de passage dans votre maison des "
            "amours.",
            "Le plaisir n'a rien de facultatif cette semaine : le Soleil dans votre cinquième maison récompense les "
            "loisirs, les rendez-vous galants et le temps passé avec les enfants.",
            "Votre confiance créative est au plus haut tant que le Soleil réchauffe votre cinquième maison : montrez "
            "ce que vous créez.",
        ),
        # 6
        (
            "C'est dans le travail quotidien et les routines que se jouent les progrès de la semaine, avec le Soleil "
            "dans votre sixième maison.",
            "Côté santé, les bonnes habitudes portent vite leurs fruits cette semaine, le Soleil éclairant votre "
            "maison du quotidien ; adoptez-en une que vous pourrez garder.",
            "Organiser votre emploi du temps, votre bureau et vos repas est payant tant que le Soleil passe la semaine "
            "dans votre maison du travail quotidien.",
        ),
        # 7
        (
            "Les partenariats sont au cœur de la semaine, le Soleil dans votre septième maison éclairant les personnes "
            "qui vous sont les plus proches.",
            "Contrats, collaborations et tête-à-tête progressent cette semaine tandis que le Soleil traverse votre "
            "maison des partenariats.",
            "Les autres détiennent la clé de vos projets cette semaine ; avec le Soleil opposé à votre signe, coopérer "
            "vaut mieux que faire cavalier seul.",
        ),
        # 8
        (
            "Argent partagé, dettes et projets communs demandent de l'attention cette semaine, avec le Soleil dans "
            "votre huitième maison.",
            "Conversations profondes et intimité sincère viennent plus facilement tant que le Soleil éclaire votre "
            "maison des transformations.",
            "Vous défaire de ce qui a fait son temps libère de la place pour le neuf, et avec le Soleil dans votre "
            "huitième maison, c'est le moment ou jamais.",
        ),
        # 9
        (
            "Voyages, études et grandes idées vous appellent cette semaine, le Soleil traversant votre neuvième "
            "maison.",
            "L'horizon s'élargit tant que le Soleil éclaire votre maison du savoir : inscrivez-vous au cours, préparez "
            "le voyage, ouvrez l'atlas.",
            "Croyances et quête de sens méritent votre temps cette semaine, avec le Soleil dans votre maison de la "
            "philosophie.",
        ),
        # 10
        (
            "Vos objectifs professionnels sortent au grand jour cette semaine, avec le Soleil au Milieu du Ciel de "
            "votre thème.",
            "Votre image publique prend de l'ampleur tant que le Soleil traverse votre dixième maison ; montrez votre "
            "travail aux décideurs.",
            "Ambition et responsabilités vont de pair cette semaine, le Soleil éclairant votre maison de la "
            "réputation.",
        ),
        # 11
        (
            "Amitiés et efforts collectifs vous portent cette semaine, avec le Soleil dans votre onzième maison.",
            "L'avenir dont vous rêvez semble à portée de main tant que le Soleil éclaire votre maison des amis ; "
            "parlez-en autour de vous.",
            "Réseautage, travail d'équipe et événements collectifs vous réussissent cette semaine, avec le Soleil qui "
            "illumine votre maison des espérances.",
        ),
        # 12
        (
            "Repos et réflexion passent en premier cette semaine, le Soleil occupant votre douzième maison juste avant "
            "la saison de votre anniversaire.",
            "Le travail mené en coulisses pèse plus lourd que les efforts sous les projecteurs tant que le Soleil "
            "traverse votre maison de la solitude.",
            "Affronter puis lâcher vos inquiétudes cachées devient plus facile cette semaine, le Soleil éclairant le "
            "recoin le plus intime de votre thème.",
        ),
    ),
    week_lunation={
        MoonPhase.NEW_MOON: (
            "La nouvelle Lune {in_sign}, {on_day}, marque le nouveau départ de la semaine ; formulez une intention et "
            "lancez-vous en douceur.",
            "Un nouveau cycle lunaire s'ouvre {on_day} avec la nouvelle Lune {in_sign}, le bon moment pour lancer une "
            "habitude.",
            "{on_day}, la nouvelle Lune {in_sign} vous invite à formuler ce que vous attendez des quatre prochaines "
            "semaines.",
        ),
        MoonPhase.FIRST_QUARTER: (
            "Le premier quartier de Lune {in_sign}, {on_day}, met vos projets à l'épreuve : franchissez le premier "
            "obstacle.",
            "L'heure des décisions sonne {on_day}, quand la Lune atteint son premier quartier {in_sign}.",
            "{on_day}, le premier quartier de Lune {in_sign} récompense l'action plutôt que les délibérations.",
        ),
        MoonPhase.FULL_MOON: (
            "La pleine Lune {in_sign}, {on_day}, amène une situation à son point culminant ; préparez-vous à y voir "
            "clair.",
            "Les émotions atteignent leur sommet {on_day} sous la pleine Lune {in_sign} : prévoyez une soirée calme et "
            "une discussion franche.",
            "{on_day}, la pleine Lune {in_sign} révèle les fruits de ce que vous avez commencé il y a deux semaines.",
        ),
        MoonPhase.LAST_QUARTER: (
            "Le dernier quartier de Lune {in_sign}, {on_day}, est le moment de vous débarrasser de ce dont vous n'avez "
            "plus besoin.",
            "Les affaires en suspens demandent à être bouclées {on_day}, quand la Lune atteint son dernier quartier "
            "{in_sign}.",
            "{on_day}, le dernier quartier de Lune {in_sign} favorise les bilans, les réparations et les fins "
            "assumées.",
        ),
    },
    week_closers=(
        "Vivez la semaine un jour après l'autre, et gardez votre dimanche soir rien que pour vous.",
        "D'ici le week-end, vous saurez quel effort en valait la peine.",
        "Notez sur papier vos trois priorités de la semaine et considérez le reste comme facultatif.",
        "Faites-vous une promesse cette semaine, et tenez-la.",
        "Cette semaine, un rythme régulier vaut mieux qu'un coup de collier suivi d'un passage à vide.",
        "Prenez des nouvelles d'un ami en milieu de semaine : un petit échange vous fera du bien à tous les deux.",
        "Fêtez les petites victoires de la semaine au fur et à mesure, pas seulement à la fin.",
        "Laissez une soirée sans programme cette semaine, et voyez où elle vous mène.",
        "Quoi que vous réserve la semaine, accueillez-la avec curiosité plutôt qu'avec inquiétude.",
        "Terminez la semaine en rangeant votre espace, et la suivante commencera plus légère.",
        "Ne soyez pas avare de compliments cette semaine : cela ne coûte rien et fait du bien à tout le monde.",
        "Le repos fait partie du programme cette semaine : ce n'est pas une récompense réservée à la fin.",
    ),

    # ---- Monthly summary ----
    month_sun_house=(
        # 1
        (
            "Ce mois-ci vous appartient : avec le Soleil dans votre signe, renouvelez vos objectifs, votre style et "
            "votre énergie.",
            "Le mois de votre anniversaire place le Soleil dans votre propre signe, l'occasion de décider qui vous "
            "voulez être cette année.",
        ),
        # 2
        (
            "Argent et sécurité façonnent le mois tandis que le Soleil traverse votre deuxième maison ; bâtissez un "
            "budget fidèle à vos valeurs.",
            "Vos efforts pour gagner, épargner ou estimer vos compétences à leur juste prix sont récompensés tant que "
            "le Soleil éclaire votre maison des ressources.",
        ),
        # 3
        (
            "La communication mène le bal ce mois-ci, avec le Soleil dans votre troisième maison : apprenez, écrivez, "
            "appelez et bougez près de chez vous.",
            "Les échanges avec vos frères et sœurs, vos voisins et vos collègues comptent davantage ce mois-ci, le "
            "Soleil traversant votre maison de la communication.",
        ),
        # 4
        (
            "Foyer et famille ancrent votre mois tant que le Soleil traverse votre quatrième maison ; investissez dans "
            "votre lieu de vie.",
            "Avec le Soleil au Fond du Ciel de votre thème ce mois-ci, le temps passé en famille et auprès de vos "
            "racines vous ressource.",
        ),
        # 5
        (
            "Amour, créativité et enfants colorent les semaines à venir, tandis que le Soleil visite votre cinquième "
            "maison.",
            "Le jeu est productif ce mois-ci : le Soleil dans votre maison des amours invite aux rendez-vous, aux "
            "loisirs et aux audaces créatives.",
        ),
        # 6
        (
            "Routine de travail et bien-être sont au centre du mois, avec le Soleil dans votre sixième maison.",
            "Les habitudes régulières paient dans les semaines qui viennent, le Soleil éclairant votre maison du "
            "travail quotidien et de la santé.",
        ),
        # 7
        (
            "Les partenariats tiennent le premier rôle ce mois-ci, le Soleil opposé à votre signe illuminant votre "
            "septième maison.",
            "Relations à deux et accords réclament votre attention ce mois-ci, tandis que le Soleil traverse votre "
            "maison des partenariats.",
        ),
        # 8
        (
            "Ressources partagées et intimité forment les thèmes profonds du mois, avec le Soleil dans votre huitième "
            "maison.",
            "De profonds changements sont possibles ce mois-ci : le Soleil dans votre maison des transformations vous "
            "aide à lâcher prise et à vous renouveler.",
        ),
        # 9
        (
            "L'appel du voyage, des études et des grands horizons résonne ce mois-ci, avec le Soleil dans votre "
            "neuvième maison.",
            "Apprendre et partir à l'aventure sont vos meilleurs investissements ce mois-ci, le Soleil éclairant votre "
            "maison des horizons lointains.",
        ),
        # 10
        (
            "Carrière et réputation passent au premier plan ce mois-ci, avec le Soleil au Milieu du Ciel de votre "
            "thème.",
            "Vos ambitions s'affichent ce mois-ci : le Soleil dans votre dixième maison récompense les initiatives "
            "professionnelles audacieuses.",
        ),
        # 11
        (
            "Amis, groupes et projets d'avenir remplissent votre agenda, avec le Soleil dans votre onzième maison tout "
            "le mois.",
            "Votre réseau fait votre force ce mois-ci, et le Soleil dans votre maison des espérances rassemble vos "
            "alliés.",
        ),
        # 12
        (
            "Un mois plus calme s'annonce, avec le Soleil dans votre douzième maison qui vous prépare à la saison de "
            "votre anniversaire.",
            "Repos, réflexion et projets personnels menés sans hâte sont de saison ce mois-ci, le Soleil traversant "
            "votre maison de la solitude.",
        ),
    ),
    month_new_moon=(
        "La nouvelle Lune du mois tombe dans votre propre signe, le meilleur moment de l'année pour lancer un projet "
        "personnel.",
        "La nouvelle Lune dans votre maison de l'argent est le moment d'ouvrir un plan d'épargne ou de gagner votre "
        "vie autrement.",
        "La nouvelle Lune de ce mois, dans votre troisième maison, ouvre un nouveau chapitre dans votre façon "
        "d'apprendre, d'écrire et de parler.",
        "Une nouvelle Lune dans votre maison du foyer se prête à un déménagement, à un coup de neuf dans votre "
        "intérieur ou à une nouvelle tradition familiale.",
        "La nouvelle Lune du mois se pose dans votre cinquième maison et fait naître une idylle, un loisir ou un "
        "projet créatif.",
        "Une nouvelle Lune dans votre sixième maison est idéale pour instaurer une nouvelle routine au travail ou une "
        "habitude plus saine au quotidien.",
        "Ce mois-ci, la nouvelle Lune dans votre maison des partenariats peut marquer le début d'une relation ou d'un "
        "nouvel accord.",
        "La nouvelle Lune dans votre huitième maison est le moment de remettre à plat les finances communes, de régler "
        "vos dettes ou de rebâtir la confiance.",
        "Une nouvelle Lune dans votre neuvième maison ouvre la voie à des projets de voyage, à des études ou à un "
        "nouveau regard sur le monde.",
        "La nouvelle Lune de ce mois, au Milieu du Ciel de votre thème, lance un nouvel objectif professionnel : "
        "formulez-le clairement.",
        "La nouvelle Lune dans votre maison des amis favorise l'entrée dans un groupe ou la mise en route d'un espoir "
        "à long terme.",
        "Une nouvelle Lune dans votre douzième maison amorce un retour au calme : reposez-vous, réfléchissez et "
        "laissez partir les vieux soucis.",
    ),
    month_full_moon=(
        "La pleine Lune dans votre propre signe met vos besoins personnels en pleine lumière, et vous vous voyez plus "
        "clairement.",
        "La pleine Lune de ce mois, dans votre maison de l'argent, montre où en sont vos finances ; ajustez sans vous "
        "affoler.",
        "La pleine Lune dans votre troisième maison apporte des nouvelles, une conversation décisive ou un écrit enfin "
        "achevé.",
        "Une pleine Lune dans votre maison du foyer met au jour une question familiale ; parlez-en avec délicatesse.",
        "Ce mois-ci, la pleine Lune dans votre cinquième maison porte une idylle ou un projet créatif à son apogée.",
        "La pleine Lune dans votre sixième maison révèle ce dont votre routine a besoin : rééquilibrez charge de "
        "travail et repos.",
        "Une pleine Lune dans votre maison des partenariats met une relation en lumière ; conciliez vos besoins avec "
        "ceux de l'autre.",
        "La pleine Lune dans votre huitième maison marque un tournant pour l'argent commun ou l'intimité.",
        "La pleine Lune de ce mois, dans votre neuvième maison, parachève un voyage, une formation ou un changement de "
        "regard.",
        "La pleine Lune au Milieu du Ciel de votre thème marque une étape professionnelle, et vos efforts sont "
        "remarqués.",
        "Une pleine Lune dans votre maison des amis montre qui vous soutient vraiment et quels espoirs vous "
        "correspondent encore.",
        "La pleine Lune dans votre douzième maison fait remonter des sentiments cachés ; accordez-vous du calme pour y "
        "voir clair.",
    ),
    month_closers=(
        "Abordez le mois en quatre étapes régulières, une semaine après l'autre.",
        "En fin de mois, retournez-vous et reconnaissez le chemin parcouru.",
        "Gardez un objectif du mois bien en vue, et laissez-le guider vos petits choix.",
        "Un mois suffit pour changer une habitude ; choisissez celle qui compte le plus.",
        "Ce mois-ci, laissez de la place dans votre agenda pour le repos, les amis et l'imprévu.",
        "Revoyez vos projets à la mi-mois et ajustez-les sans regret.",
        "Que les leçons de ce mois soient douces : apprenez, corrigez, avancez.",
        "Investissez dans vos relations ce mois-ci : elles rapportent plus que n'importe quel succès isolé.",
        "Faites de la place à la nouveauté ce mois-ci en vous séparant de quelque chose d'ancien.",
        "Dosez vos efforts tout au long du mois, et gardez de l'énergie pour la dernière semaine.",
        "Quoi que ce mois vous demande, répondez avec patience et bonne humeur.",
        "Commencez le mois avec un bureau dégagé et terminez-le avec l'esprit clair.",
    ),

    # ---- Key days ----
    key_moon_house=(
        "Lune dans votre première maison : nouveau départ",
        "Lune dans votre maison de l'argent : faites vos comptes",
        "Lune dans votre maison des échanges : prenez contact",
        "Lune dans votre maison du foyer : faites votre nid",
        "Lune dans votre maison des amours : place au jeu",
        "Lune dans votre maison du quotidien : organisez-vous",
        "Lune dans votre maison des partenariats : écoutez",
        "Lune dans votre maison de l'intimité : faites confiance",
        "Lune dans votre maison des voyages : explorez",
        "Lune dans votre maison de la carrière : visez haut",
        "Lune dans votre maison des amis : tissez des liens",
        "Lune dans votre maison du repos : rechargez-vous",
    ),
    key_moon_yours="La Lune entre dans votre signe",
    key_lunation={
        MoonPhase.NEW_MOON: "Nouvelle Lune {in_sign}",
        MoonPhase.FIRST_QUARTER: "Premier quartier de Lune {in_sign}",
        MoonPhase.FULL_MOON: "Pleine Lune {in_sign}",
        MoonPhase.LAST_QUARTER: "Dernier quartier de Lune {in_sign}",
    },
    key_ingress="{planet} entre {in_sign}",
    key_ingress_yours="{planet} entre dans votre signe",
    key_station_retrograde="{planet} devient rétrograde",
    key_station_direct="{planet} reprend sa marche directe",
)
