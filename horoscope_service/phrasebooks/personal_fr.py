"""French phrases for personal horoscopes (see `horoscope_service.phrasebooks.personal`)."""

from horoscope_service.model import Aspect, Body
from horoscope_service.phrasebooks.personal import PersonalBook

PERSONAL = PersonalBook(
    transits={
        # ---- La Lune : humeur, besoins, émotions du jour (un transit lunaire dure quelques heures) ----
        (Body.MOON, Aspect.CONJUNCTION, Body.SUN): (
            "La Lune du jour rencontre votre Soleil natal, petit renouveau mensuel : vos émotions s'accordent avec ce "
            "que vous êtes, alors commencez quelque chose qui n'appartient qu'à vous."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.MOON): (
            "La Lune du jour revient à sa place dans votre thème natal, votre retour lunaire du mois : repérez ce qui "
            "vous donne le sentiment d'être chez vous, et offrez-vous exactement cela."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.MERCURY): (
            "Les sentiments trouvent facilement leurs mots quand la Lune passe sur votre Mercure natal : dites "
            "aujourd'hui ce qui vous vient du cœur au lieu de le répéter dans votre tête."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.VENUS): (
            "L'affection vient toute seule tant que la Lune se tient sur votre Vénus natale ; tournez-vous vers la "
            "personne que vous aimez, ou faites-vous plaisir avec un petit achat qui vous enchante."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.MARS): (
            "Quand la Lune rejoint votre Mars natal, votre humeur se tourne vers l'action : canalisez cet élan dans "
            "une marche rapide ou une corvée récalcitrante avant qu'il ne vire à l'énervement."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.JUPITER): (
            "Votre moral et votre générosité grimpent de concert quand la Lune du jour touche le Jupiter de votre "
            "thème natal ; partagez sans compter, mais gardez des portions et des promesses raisonnables."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.SATURN): (
            "La Lune traverse votre Saturne natal et les sentiments se font graves pour quelques heures ; une tâche "
            "utile et tranquille vous remet d'aplomb mieux que de ruminer ce qui n'est pas fait."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.SUN): (
            "Un sextile de la Lune à votre Soleil natal donne aujourd'hui un petit coup de pouce à votre confiance, "
            "assez pour obtenir ce que vous voulez si vous osez le demander."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.MOON): (
            "Invitez quelqu'un ou cuisinez un plat qui a le goût de la maison : le sextile de la Lune à votre propre "
            "Lune natale entrouvre en douceur la porte du réconfort."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.MERCURY): (
            "La Lune forme un sextile avec votre Mercure natal, et une conversation chaleureuse ne demande qu'à "
            "naître, à condition que ce soit vous qui téléphoniez."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.VENUS): (
            "Les petites attentions comptent double aujourd'hui, avec la Lune en sextile à la Vénus de votre thème "
            "natal ; un message tendre ou un café partagé ouvre les cœurs."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.MARS): (
            "Avec la Lune en sextile à votre Mars natal, vous avez juste assez d'aplomb pour relancer un travail au "
            "point mort ; commencez dans l'heure et l'élan suivra."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.JUPITER): (
            "La Lune du jour forme un sextile avec votre Jupiter natal et installe une humeur pleine d'espoir ; "
            "acceptez la petite invitation qui élargit un peu votre horizon."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.SATURN): (
            "Les obligations pèsent moins lourd tant que la Lune forme un sextile avec votre Saturne natal, alors "
            "choisissez la responsabilité que vous esquivez et réglez-la aujourd'hui, en toute sérénité."
        ),
        (Body.MOON, Aspect.SQUARE, Body.SUN): (
            "La Lune forme un carré avec votre Soleil natal, et pendant quelques heures votre humeur et vos objectifs "
            "tirent chacun de leur côté ; laissez cette fébrilité faire avancer un projet enlisé."
        ),
        (Body.MOON, Aspect.SQUARE, Body.MOON): (
            "Un léger brouillage émotionnel accompagne le carré de la Lune à votre propre Lune de naissance ; repérez "
            "ce qui semble manquer chez vous et réglez aujourd'hui un petit détail."
        ),
        (Body.MOON, Aspect.SQUARE, Body.MERCURY): (
            "Les émotions peuvent brouiller vos mots tant que la Lune forme un carré avec votre Mercure natal : "
            "relisez vos messages une fois avant de les envoyer, et posez la question au lieu de supposer."
        ),
        (Body.MOON, Aspect.SQUARE, Body.VENUS): (
            "Le besoin de réconfort se fait sentir sous le carré de la Lune à votre Vénus natale, et l'envie de trop "
            "dépenser ou de trop vous faire plaisir vous guette ; choisissez une seule gâterie et savourez-la."
        ),
        (Body.MOON, Aspect.SQUARE, Body.MARS): (
            "L'agacement monte vite quand la Lune forme un carré avec votre Mars natal ; transformez cette chaleur en "
            "séance de sport, en réparation ou en demande ferme mais juste."
        ),
        (Body.MOON, Aspect.SQUARE, Body.JUPITER): (
            "La Lune du jour forme un carré avec votre Jupiter natal et vous pousse à promettre plus que vous ne "
            "pouvez donner ; la générosité est une belle chose, mais consultez d'abord votre agenda."
        ),
        (Body.MOON, Aspect.SQUARE, Body.SATURN): (
            "Un devoir peut sembler lourd ou une inquiétude envahissante tant que la Lune forme un carré avec votre "
            "Saturne de naissance ; attaquez d'abord le plus petit morceau, et le poids commencera à s'alléger."
        ),
        (Body.MOON, Aspect.TRINE, Body.SUN): (
            "Cœur et aspirations marchent d'un même pas aujourd'hui grâce au trigone de la Lune à votre Soleil natal, "
            "et ce qui compte pour vous progresse presque sans effort."
        ),
        (Body.MOON, Aspect.TRINE, Body.MOON): (
            "La Lune forme un trigone avec votre propre Lune natale et apporte une humeur douce et sereine qui fait de "
            "votre foyer le meilleur des refuges ; restez-y au repos sans avoir à vous justifier."
        ),
        (Body.MOON, Aspect.TRINE, Body.MERCURY): (
            "Les mots tendres vous viennent aisément tant que la Lune forme un trigone avec votre Mercure natal, un "
            "bon moment pour écrire, expliquer ou simplement prendre des nouvelles de quelqu'un qui vous manque."
        ),
        (Body.MOON, Aspect.TRINE, Body.VENUS): (
            "Le trigone de la Lune à votre Vénus natale adoucit la journée : l'affection vous est rendue sans peine, "
            "et les petits plaisirs comme la musique ou un bon repas ont exactement la saveur qu'il faut."
        ),
        (Body.MOON, Aspect.TRINE, Body.MARS): (
            "Une énergie régulière et bon enfant accompagne la Lune en trigone à votre Mars de naissance, idéale pour "
            "terminer un travail commencé il y a plusieurs jours."
        ),
        (Body.MOON, Aspect.TRINE, Body.JUPITER): (
            "Quand la Lune forme un trigone avec votre Jupiter natal, votre horizon s'éclaircit, et une idée pleine "
            "d'espoir ou un geste généreux vous rapporte aujourd'hui plus que prévu."
        ),
        (Body.MOON, Aspect.TRINE, Body.SATURN): (
            "La discipline se fait sereine plutôt que pesante tant que la Lune forme un trigone avec votre Saturne "
            "natal ; rangez un tiroir, remettez à plat un budget ou un projet, et savourez ce sentiment de stabilité."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.SUN): (
            "La Lune du jour fait face à votre Soleil natal, comme une pleine Lune personnelle : un proche pourrait "
            "vous renvoyer vos propres besoins en miroir, alors mettez ses souhaits en balance avec les vôtres."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.MOON): (
            "Vos besoins et ceux de quelqu'un d'autre tirent dans des directions opposées tant que la Lune s'oppose à "
            "votre propre Lune natale ; exprimez les vôtres avec douceur, puis écoutez vraiment les siens."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.MERCURY): (
            "Avec la Lune opposée à votre Mercure natal, les autres pourraient lire vos paroles à travers le prisme de "
            "leur humeur ; écoutez d'abord leur point de vue, puis exposez le vôtre."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.VENUS): (
            "La Lune s'oppose à votre Vénus de naissance et vous demande d'équilibrer ce que vous donnez en amour et "
            "ce que vous recevez ; laissez quelqu'un vous gâter un peu aujourd'hui."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.MARS): (
            "Face à votre Mars natal, la Lune peut vous faire trouver les autres trop insistants, ou leur donner de "
            "vous la même impression ; choisissez vos combats et gardez un ton posé."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.JUPITER): (
            "Les grands projets de quelqu'un d'autre pourraient venir bousculer les vôtres tant que la Lune s'oppose à "
            "votre Jupiter natal ; l'enthousiasme est contagieux, alors décidez de ce qui mérite vraiment votre oui."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.SATURN): (
            "Avec la Lune opposée à votre Saturne natal, les exigences des autres pèsent sur votre sens du devoir ; "
            "convenez d'un partage équitable au lieu de tout porter sur vos épaules."
        ),

        # ---- Le Soleil : vitalité, attention, volonté ----
        (Body.SUN, Aspect.CONJUNCTION, Body.SUN): (
            "Le Soleil retrouve votre Soleil natal : c'est votre révolution solaire et la saison de votre "
            "anniversaire, alors célébrez qui vous êtes et fixez-vous une intention claire pour l'année à venir."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.MOON): (
            "Quand le Soleil traverse votre Lune natale, la lumière se pose sur ce dont vous avez besoin pour vous "
            "sentir en sécurité ; prenez soin de votre foyer et de votre cœur, et un nouveau départ suivra."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.MERCURY): (
            "Votre esprit brille et votre voix porte tant que le Soleil rencontre votre Mercure natal : présentez "
            "l'idée, défendez le projet et faites-vous entendre."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.VENUS): (
            "Le Soleil rejoint la Vénus de votre thème natal et met votre chaleur en valeur ; c'est un joli moment "
            "pour commencer une histoire d'amour ou raviver celle que vous vivez."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.MARS): (
            "Volonté et énergie fusionnent quand le Soleil rencontre votre Mars natal : lancez le projet qui demande "
            "de l'endurance, et prenez les devants au lieu d'attendre qu'on vous y autorise."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.JUPITER): (
            "Avec le Soleil qui illumine votre Jupiter natal, l'optimisme et la chance sont au beau fixe ; lancez "
            "quelque chose de généreux, mais lisez quand même les petits caractères."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.SATURN): (
            "Le Soleil rencontre votre Saturne natal et jette une lumière sobre sur vos responsabilités, ce qui en "
            "fait un bon moment pour vous engager sur un objectif à long terme."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.SUN): (
            "Sous le sextile du Soleil à votre Soleil natal, une modeste occasion de montrer vos talents se présente, "
            "et elle récompense qui ose s'avancer en premier."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.MOON): (
            "Le Soleil forme un sextile avec votre Lune natale et vous offre l'occasion de réchauffer l'ambiance à la "
            "maison ; invitez famille ou amis, et laissez-les voir qui vous êtes vraiment."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.MERCURY): (
            "Les bonnes idées sont à portée de main tant que le Soleil forme un sextile avec votre Mercure de "
            "naissance ; notez-les, partagez-les et donnez-leur suite pendant qu'elles sont encore fraîches."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.VENUS): (
            "Un mot gentil ou un petit cadeau pourrait vous ouvrir une porte en amour, avec le Soleil en sextile à "
            "votre Vénus natale ; il ne tient qu'à vous de l'offrir."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.MARS): (
            "Le sextile du Soleil à votre Mars natal vous offre un regain de dynamisme, et la tâche que vous remettez "
            "toujours à plus tard finit par céder si vous en profitez."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.JUPITER): (
            "Postulez, demandez ou présentez-vous : le Soleil forme un sextile avec votre Jupiter natal, et cette "
            "ouverture chanceuse récompense ceux qui frappent à la porte."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.SATURN): (
            "L'effort régulier paie tant que le Soleil forme un sextile avec votre Saturne natal : consacrez une heure "
            "à quelque chose de durable, comme votre épargne, vos compétences ou une routine."
        ),
        (Body.SUN, Aspect.SQUARE, Body.SUN): (
            "Le Soleil forme un carré avec votre Soleil natal, un point d'étape de votre année personnelle ; les "
            "frictions avec vos propres projets montrent exactement où changer de cap."
        ),
        (Body.SUN, Aspect.SQUARE, Body.MOON): (
            "Les sollicitations extérieures entrent en concurrence avec votre besoin de confort quand le Soleil forme "
            "un carré avec votre Lune de naissance ; préservez un moment de calme, puis agissez sur ce qui compte "
            "vraiment."
        ),
        (Body.SUN, Aspect.SQUARE, Body.MERCURY): (
            "Vous pourriez défendre une opinion avec plus d'insistance que nécessaire tant que le Soleil forme un "
            "carré avec votre Mercure natal ; exposez votre point de vue une fois, clairement, puis écoutez."
        ),
        (Body.SUN, Aspect.SQUARE, Body.VENUS): (
            "Avec le Soleil au carré de votre Vénus natale, l'orgueil ou de petits désaccords peuvent froisser l'amour "
            "; traitez le vrai problème plutôt que celui qui se voit en surface."
        ),
        (Body.SUN, Aspect.SQUARE, Body.MARS): (
            "L'impatience est à son comble quand le Soleil forme un carré avec votre Mars natal : un excellent "
            "carburant pour le travail acharné, mais un piètre carburant pour les disputes."
        ),
        (Body.SUN, Aspect.SQUARE, Body.JUPITER): (
            "Le Soleil forme un carré avec votre Jupiter natal, et la tentation de trop vous engager est forte ; "
            "gardez l'enthousiasme, mais ramenez le projet à ce que vous pouvez réellement tenir."
        ),
        (Body.SUN, Aspect.SQUARE, Body.SATURN): (
            "Obstacles et figures d'autorité mettent votre volonté à l'épreuve tant que le Soleil forme un carré avec "
            "votre Saturne de naissance ; une persévérance tranquille mène plus loin qu'un bras de fer."
        ),
        (Body.SUN, Aspect.TRINE, Body.SUN): (
            "Le Soleil forme un trigone avec votre Soleil natal : vous vous sentez pleinement vous-même, cela se "
            "remarque, et tout vous sourit quand vous misez sur vos forces naturelles."
        ),
        (Body.SUN, Aspect.TRINE, Body.MOON): (
            "La tête et le cœur s'accordent sous le trigone du Soleil à votre Lune natale, et la vie de famille "
            "devient plus simple, tout comme le fait d'être bien dans votre peau."
        ),
        (Body.SUN, Aspect.TRINE, Body.MERCURY): (
            "Clarté et assurance habitent vos paroles quand le Soleil forme un trigone avec votre Mercure natal : "
            "négociations, écriture et études avancent sans effort."
        ),
        (Body.SUN, Aspect.TRINE, Body.VENUS): (
            "Le charme opère tout naturellement tant que le Soleil forme un trigone avec la Vénus de votre thème "
            "natal, et l'on apprécie votre compagnie ; faites de la place aux amis, à la musique et à un peu de "
            "beauté."
        ),
        (Body.SUN, Aspect.TRINE, Body.MARS): (
            "Avec le Soleil en trigone à votre Mars natal, énergie et détermination vont dans le même sens, et sport, "
            "projets et initiatives audacieuses se déroulent sans accroc."
        ),
        (Body.SUN, Aspect.TRINE, Body.JUPITER): (
            "Le Soleil forme un trigone avec votre Jupiter natal, un courant généreux et porteur de chance ; partagez "
            "votre bonne fortune et dites oui à ce qui vous pousse à vous dépasser."
        ),
        (Body.SUN, Aspect.TRINE, Body.SATURN): (
            "Vos efforts trouvent un terrain solide quand le Soleil forme un trigone avec votre Saturne natal, un bon "
            "moment pour planifier, vous organiser et gagner un respect discret."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.SUN): (
            "Le Soleil s'oppose à votre Soleil natal, à mi-parcours de votre année personnelle ; votre entourage vous "
            "renvoie le reflet de ce que vous êtes aujourd'hui, alors regardez-le en face."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.MOON): (
            "Ce que le monde attend de vous et ce dont vous avez besoin chez vous tirent dans des sens contraires tant "
            "que le Soleil s'oppose à votre Lune natale ; ménagez l'un et l'autre plutôt que d'en sacrifier un."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.MERCURY): (
            "Le Soleil s'oppose à votre Mercure de naissance et confronte vos idées à celles des autres ; un bon débat "
            "aiguise votre réflexion, pour peu que vous gardiez votre curiosité."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.VENUS): (
            "Quelqu'un pourrait vous renvoyer vos désirs comme un miroir tant que le Soleil s'oppose à votre Vénus "
            "natale ; observez qui vous attire, et pourquoi."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.MARS): (
            "Les autres pourraient s'opposer à vos projets tant que le Soleil fait face à votre Mars natal ; tenez "
            "bon, mais ne forcez pas plus que la situation ne l'exige."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.JUPITER): (
            "Avec le Soleil opposé à votre Jupiter natal, les promesses peuvent enfler de part et d'autre d'un accord "
            "; profitez de l'optimisme et convenez de conditions réalistes."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.SATURN): (
            "Le Soleil s'oppose à votre Saturne natal, et quelqu'un pourrait vous rappeler à un devoir ou à une limite "
            "; répondez-lui avec loyauté et gardez vos obligations en équilibre."
        ),

        # ---- Mercure : paroles, projets, messages, déplacements ----
        (Body.MERCURY, Aspect.CONJUNCTION, Body.SUN): (
            "Mercure rencontre votre Soleil natal et place vos idées et votre identité sous le même projecteur ; dites "
            "clairement ce que vous voulez et tracez la prochaine étape."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.MOON): (
            "Les sentiments cherchent leurs mots tant que Mercure traverse votre Lune natale : parlez avec votre "
            "famille, écrivez ce que vous avez sur le cœur ou prévoyez un petit changement à la maison."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.MERCURY): (
            "Mercure revient à sa place dans votre thème natal, un nouveau départ pour votre réflexion ; commencez une "
            "formation, un journal ou une nouvelle façon d'organiser vos journées."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.VENUS): (
            "Les mots doux viennent naturellement quand Mercure rejoint votre Vénus natale : écrivez la lettre "
            "d'amour, complimentez un ami ou négociez un prix juste."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.MARS): (
            "Mercure rencontre votre Mars natal, ce qui aiguise votre langue et accélère vos décisions ; parlez avec "
            "conviction, et réservez votre tranchant aux problèmes, pas aux personnes."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.JUPITER): (
            "Grands projets et bonnes nouvelles occupent vos pensées avec Mercure sur votre Jupiter de naissance ; "
            "voyez grand, puis vérifiez les détails avant de signer."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.SATURN): (
            "Mercure traverse votre Saturne natal et vos pensées se font pragmatiques, le bon moment pour les "
            "contrats, les budgets et les conversations difficiles menées dans le calme."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.SUN): (
            "Une seule conversation utile peut faire avancer vos objectifs maintenant que Mercure forme un sextile "
            "avec votre Soleil natal, alors envoyez votre proposition ou passez l'appel vous-même."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.MOON): (
            "Mercure forme un sextile avec votre Lune natale et vous offre une façon douce d'aborder vos sentiments ; "
            "entamez à la maison la conversation que vous gardiez pour plus tard."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.MERCURY): (
            "Les idées s'enchaînent facilement tant que Mercure forme un sextile avec sa propre position dans votre "
            "thème ; profitez-en pour apprendre quelque chose, échanger vos impressions ou prévoir une courte "
            "escapade."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.VENUS): (
            "Un message amical pourrait faire naître une idylle ou arranger une question d'argent, car Mercure forme "
            "un sextile avec votre Vénus de naissance ; le charme est là, à vous de vous en servir."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.MARS): (
            "Avec Mercure en sextile à votre Mars natal, la vivacité d'esprit rejoint la rapidité d'action : esquissez "
            "le plan et lancez-vous avant que l'idée ne refroidisse."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.JUPITER): (
            "Mercure forme un sextile avec votre Jupiter natal, et de bonnes nouvelles peuvent arriver par les études, "
            "un voyage ou une question bien placée, alors n'hésitez pas à la poser."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.SATURN): (
            "Installez-vous avec un calendrier et transformez une vague intention en étapes concrètes : le sextile de "
            "Mercure à votre Saturne natal récompense une planification soigneuse."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.SUN): (
            "Mercure forme un carré avec votre Soleil natal, et vos paroles pourraient ne pas correspondre à vos "
            "objectifs ; précisez votre pensée avant que d'autres ne l'interprètent à votre place."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.MOON): (
            "Les humeurs teintent les conversations tant que Mercure forme un carré avec votre Lune de naissance ; si "
            "une discussion se tend à la maison, dites ce que vous ressentez plutôt que ce que l'autre a fait."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.MERCURY): (
            "Projets et messages s'emmêlent quand Mercure forme un carré avec sa propre position natale ; vérifiez "
            "deux fois horaires et adresses, et laissez les frictions vous obliger à clarifier votre plan."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.VENUS): (
            "Avec Mercure au carré de votre Vénus natale, une discussion sur l'amour ou les dépenses peut mal tourner "
            "; choisissez des mots bienveillants et dites précisément ce que vous voulez."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.MARS): (
            "Les disputes s'enflamment vite tant que Mercure forme un carré avec votre Mars natal, alors appuyez votre "
            "point de vue sur des faits, puis prenez du recul avant que cela ne devienne un concours d'ego."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.JUPITER): (
            "Mercure forme un carré avec votre Jupiter natal et les grandes idées prennent le pas sur les détails ; "
            "promettez un peu moins, épluchez les conditions, et vos projets tiendront."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.SATURN): (
            "Doutes et retards peuvent freiner vos projets sous le carré de Mercure à votre Saturne natal ; "
            "franchissez l'obstacle étape par étape au lieu de renoncer."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.SUN): (
            "Mercure forme un trigone avec votre Soleil natal et vous aide à vous exprimer avec aisance ; présentez "
            "votre travail ou votre projet, et l'on suivra votre raisonnement."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.MOON): (
            "Les conversations à cœur ouvert viennent naturellement quand Mercure forme un trigone avec votre Lune "
            "natale, et sentiments et paroles s'accordent à la maison comme avec les vieux amis."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.MERCURY): (
            "Votre esprit donne le meilleur de lui-même tant que Mercure forme un trigone avec sa propre position "
            "natale ; étudiez, écrivez, voyagez, ou résolvez l'énigme qui vous résistait."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.VENUS): (
            "Le trigone de Mercure à votre Vénus de naissance vous donne force de persuasion et élégance, un moment "
            "idéal pour faire la cour, écrire des mots de remerciement et conclure des accords à l'amiable."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.MARS): (
            "Avec Mercure en trigone à votre Mars natal, votre pensée est vive et tranchée ; prenez le problème à "
            "bras-le-corps et la solution viendra d'elle-même."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.JUPITER): (
            "Préparez un voyage, défendez une grande idée ou apprenez quelque chose qui élargit votre regard : Mercure "
            "forme un trigone avec votre Jupiter natal, et les bonnes idées attirent les bonnes nouvelles."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.SATURN): (
            "Mercure forme un trigone avec votre Saturne natal et apporte patience et concentration à vos projets, si "
            "bien que travail minutieux, contrats et réflexion à long terme sont à l'honneur."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.SUN): (
            "D'autres pourraient remettre en question vos projets tant que Mercure s'oppose à votre Soleil natal ; "
            "écoutez leur point de vue, et vous saurez ce qui mérite d'être mieux expliqué."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.MOON): (
            "Avec Mercure opposé à votre Lune natale, les paroles de quelqu'un pourraient toucher un point sensible ; "
            "répondez une fois le calme revenu, en équilibrant logique et sentiment."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.MERCURY): (
            "Mercure s'oppose à sa propre position natale, et vos idées rencontrent leur contraire chez quelqu'un "
            "d'autre ; le débat éclaircit les choses si chacun continue d'écouter l'autre."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.VENUS): (
            "Une conversation sur l'amour ou l'argent a deux versants quand Mercure s'oppose à votre Vénus natale ; "
            "trouvez le juste milieu où chacun se sent reconnu."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.MARS): (
            "Mercure s'oppose à votre Mars de naissance, et les débats peuvent s'échauffer ; attaquez les arguments, "
            "pas la personne, et sachez quand lâcher l'affaire."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.JUPITER): (
            "Avec Mercure opposé à votre Jupiter natal, les détails et la vue d'ensemble se font concurrence ; pesez "
            "les deux avant de vous engager dans quoi que ce soit d'important."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.SATURN): (
            "Mercure s'oppose à votre Saturne natal, et une voix prudente pourrait mettre vos idées en doute ; "
            "répondez par des faits, retenez les remarques justes et laissez filer le reste."
        ),

        # ---- Vénus : affection, plaisir, argent, harmonie ----
        (Body.VENUS, Aspect.CONJUNCTION, Body.SUN): (
            "Vénus rencontre votre Soleil natal et l'on vous accueille chaleureusement partout où vous allez ; "
            "lancez-vous dans ce que vous aimez, soignez un peu votre tenue et laissez les autres vous apprécier."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.MOON): (
            "Vénus traverse votre Lune natale et fait entrer la tendresse chez vous : embellissez votre intérieur, "
            "partagez un repas avec ceux que vous aimez et laissez-vous choyer."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.MERCURY): (
            "Vos mots se parent de charme quand Vénus rejoint votre Mercure natal : écrivez, flirtez ou négociez, car "
            "la douceur dans les paroles est payante."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.VENUS): (
            "Vénus retrouve sa place dans votre thème natal et renouvelle ce que vous aimez et ce à quoi vous tenez ; "
            "demandez-vous ce qui vous enchante vraiment et commencez à y investir."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.MARS): (
            "Désir et affection se mêlent tant que Vénus rencontre votre Mars natal, et la romance comme la passion "
            "créative s'enflamment, alors suivez votre attirance."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.JUPITER): (
            "Vénus rejoint le Jupiter de votre thème natal, l'un des contacts les plus doux pour l'amour et l'argent ; "
            "profitez de la générosité qui vous entoure, et gardez un œil sur vos dépenses."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.SATURN): (
            "L'engagement passe au premier plan quand Vénus traverse votre Saturne natal ; une discussion sérieuse sur "
            "l'amour ou l'argent peut poser les bases de quelque chose de durable."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.SUN): (
            "Une agréable compagnie n'est jamais loin tant que Vénus forme un sextile avec votre Soleil natal ; "
            "acceptez l'invitation ou, mieux encore, lancez-en une vous-même."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.MOON): (
            "Rendez votre intérieur un peu plus douillet tant que Vénus forme un sextile avec votre Lune natale : "
            "invitez un être cher, ou ajoutez une petite touche de confort, comme des fleurs fraîches ou une lumière "
            "tamisée."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.MERCURY): (
            "Vénus forme un sextile avec votre Mercure natal et les mots aimables vous viennent facilement ; envoyez "
            "ce compliment ou ce petit merci, et la bienveillance vous sera rendue."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.VENUS): (
            "Vénus forme un sextile avec sa propre position natale, une petite occasion de profiter de ce qui compte "
            "pour vous ; prévoyez un rendez-vous, visitez une galerie ou achetez un seul objet qui a du sens."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.MARS): (
            "Avec Vénus en sextile à votre Mars de naissance, une étincelle amoureuse ou créative ne demande qu'à être "
            "saisie, mais seulement si vous faites le premier pas."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.JUPITER): (
            "Vénus forme un sextile avec votre Jupiter natal et laisse entrevoir un coup de chance en amour ou en "
            "argent ; acceptez l'offre, après en avoir lu les conditions."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.SATURN): (
            "La fidélité prouvée par des gestes concrets porte ses fruits tant que Vénus forme un sextile avec votre "
            "Saturne natal, alors mettez un peu d'argent de côté ou tenez une promesse faite à un proche."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.SUN): (
            "Vénus forme un carré avec votre Soleil natal, et le désir de plaire pourrait se heurter à la fidélité "
            "envers vous-même ; choisissez la sincérité, exprimée avec douceur."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.MOON): (
            "Besoins affectifs et plaisir tirent dans des sens opposés sous le carré de Vénus à votre Lune natale ; "
            "les achats de consolation n'y changeront rien, contrairement à une conversation franche et délicate."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.MERCURY): (
            "Avec Vénus au carré de votre Mercure natal, les formules de politesse peuvent masquer les vrais "
            "sentiments ; dites ce que vous pensez avec tact, et renoncez aux achats impulsifs."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.VENUS): (
            "Ce à quoi vous tenez peut sembler en décalage avec ce que vous avez quand Vénus forme un carré avec sa "
            "propre position natale ; revoyez une habitude, en amour ou dans vos dépenses."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.MARS): (
            "Vénus forme un carré avec votre Mars de naissance et attise à la fois le désir et les frictions ; une "
            "querelle d'amoureux peut assainir l'atmosphère, tant que chacun se bat à la loyale."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.JUPITER): (
            "La tentation d'abuser des bonnes choses est forte tant que Vénus forme un carré avec votre Jupiter natal "
            "; amusez-vous, mais fixez un budget avant que la fête ne commence."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.SATURN): (
            "Avec Vénus au carré de votre Saturne natal, l'amour ou l'argent peuvent sembler bridés, et cette pression "
            "est un signal utile pour réparer ce qui ne fonctionne pas."
        ),
        (Body.VENUS, Aspect.TRINE, Body.SUN): (
            "Vénus forme un trigone avec votre Soleil natal, et il est facile de vous aimer comme de vous faire "
            "plaisir ; profitez de l'attention qu'on vous porte et partagez généreusement votre chaleur."
        ),
        (Body.VENUS, Aspect.TRINE, Body.MOON): (
            "L'harmonie s'installe au foyer comme dans le cœur quand Vénus forme un trigone avec votre Lune de "
            "naissance ; passez du temps avec les personnes auprès de qui vous vous sentez en sécurité."
        ),
        (Body.VENUS, Aspect.TRINE, Body.MERCURY): (
            "Les mots élégants vous viennent sans effort tant que Vénus forme un trigone avec votre Mercure natal, "
            "alors négociez, écrivez ou parlez d'amour, car on a envie de vous écouter."
        ),
        (Body.VENUS, Aspect.TRINE, Body.VENUS): (
            "Vénus forme un trigone avec sa propre position natale, un courant doux et facile pour l'amour et le "
            "plaisir ; laissez-vous aller en bonne compagnie et dépensez pour ce qui compte vraiment à vos yeux."
        ),
        (Body.VENUS, Aspect.TRINE, Body.MARS): (
            "Passion et tendresse vont de pair avec Vénus en trigone à votre Mars natal, et l'amour, l'art et le jeu "
            "sont à la fête."
        ),
        (Body.VENUS, Aspect.TRINE, Body.JUPITER): (
            "La gentillesse vous revient avec les intérêts tant que Vénus forme un trigone avec votre Jupiter natal, "
            "l'un des contacts les plus chanceux pour l'amour et l'argent, alors faites preuve de générosité."
        ),
        (Body.VENUS, Aspect.TRINE, Body.SATURN): (
            "Vénus forme un trigone avec votre Saturne natal et stabilise relations et finances ; c'est le bon moment "
            "pour une promesse durable ou un placement raisonnable."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.SUN): (
            "Vénus s'oppose à votre Soleil natal, et un partenaire ou un ami pourrait vous renvoyer vos propres "
            "souhaits ; faites la moitié du chemin et laissez la tendresse adoucir l'orgueil."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.MOON): (
            "Avec Vénus opposée à votre Lune natale, vos besoins et les désirs de quelqu'un d'autre partent dans des "
            "directions différentes ; cherchez un réconfort que vous puissiez partager tous les deux."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.MERCURY): (
            "Toute discussion sur l'amour ou l'argent comporte deux points de vue tant que Vénus s'oppose à votre "
            "Mercure de naissance ; cherchez à entendre ce qui compte vraiment pour l'autre."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.VENUS): (
            "Les relations deviennent un miroir quand Vénus s'oppose à sa propre position natale : ce que vous "
            "cherchez chez les autres montre ce que vous êtes en mesure d'offrir vous-même."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.MARS): (
            "Avec Vénus opposée à votre Mars natal, l'attirance et la tension montent ensemble ; équilibrez le désir "
            "et le don de soi, et l'étincelle gardera sa douceur."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.JUPITER): (
            "Vénus s'oppose à votre Jupiter natal, et votre entourage pourrait vous entraîner vers les grands gestes "
            "et les excès ; profitez-en sans laisser la générosité l'emporter sur le bon sens."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.SATURN): (
            "L'amour peut demander de la patience, ou le devoir empiéter sur le plaisir, tant que Vénus s'oppose à "
            "votre Saturne natal ; pesez l'un et l'autre et choisissez ce qui mérite votre temps."
        ),

        # ---- Mars : élan, colère, courage, action ----
        (Body.MARS, Aspect.CONJUNCTION, Body.SUN): (
            "Mars rencontre votre Soleil natal et recharge votre volonté et votre vitalité ; lancez quelque chose "
            "d'audacieux, et mettez ce surplus d'ardeur dans l'action plutôt que dans les disputes."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.MOON): (
            "Des émotions fortes s'agitent à la maison quand Mars traverse votre Lune natale, alors réparez, nettoyez "
            "ou réaménagez quelque chose, et tenez les coups de sang à l'écart des discussions familiales."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.MERCURY): (
            "Avec Mars sur votre Mercure natal, votre esprit est vif et vos mots acérés ; argumentez avec conviction, "
            "mais ne menez que les combats qui en valent la peine."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.VENUS): (
            "Mars rencontre votre Vénus de naissance et embrase la passion ; osez un geste romantique audacieux, ou "
            "mettez cette énergie dans quelque chose que vous créez de vos mains."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.MARS): (
            "Mars retrouve sa propre position dans votre thème natal et ouvre un nouveau cycle de deux ans pour votre "
            "énergie ; décidez où diriger votre courage, et lancez-vous."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.JUPITER): (
            "Mars rejoint votre Jupiter natal et donne un coup de fouet à vos ambitions ; faites un pas audacieux vers "
            "votre épanouissement, et gardez l'excès de confiance sous contrôle."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.SATURN): (
            "L'élan rencontre la discipline quand Mars traverse votre Saturne natal ; la frustration est probable, "
            "mais un effort patient et régulier vous permettra de franchir le mur."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.SUN): (
            "Un sextile de Mars à votre Soleil natal vous ouvre une fenêtre pour agir avec assurance ; saisissez-la en "
            "vous attaquant à un objectif que vous repoussez sans cesse."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.MOON): (
            "L'énergie nécessaire pour embellir votre intérieur et parler franchement en famille arrive avec Mars en "
            "sextile à votre Lune natale ; lancez un projet concret tant que la motivation est là."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.MERCURY): (
            "Mars forme un sextile avec votre Mercure de naissance et aiguise votre réflexion : prenez la décision, "
            "envoyez la proposition et faites avancer vos projets."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.VENUS): (
            "L'amour et le plaisir répondent à l'initiative tant que Mars forme un sextile avec votre Vénus natale, "
            "alors organisez un rendez-vous ou une sortie, et passez de l'idée aux actes."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.MARS): (
            "Mars forme un sextile avec sa propre position natale et vous offre un surcroît d'énergie constant ; "
            "investissez-le dans le sport, un projet ou cette tâche en retard sur votre liste."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.JUPITER): (
            "Présentez votre idée, inscrivez-vous ou sautez le pas : Mars forme un sextile avec votre Jupiter natal, "
            "et l'audace a de quoi se muer en réussite."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.SATURN): (
            "Avec Mars en sextile à votre Saturne natal, le travail acharné est récompensé ; investissez votre énergie "
            "dans des structures durables, et vous les verrez tenir bon."
        ),
        (Body.MARS, Aspect.SQUARE, Body.SUN): (
            "Mars forme un carré avec votre Soleil natal, et des heurts de volontés sont possibles ; servez-vous de la "
            "pression pour bousculer un obstacle plutôt que les gens."
        ),
        (Body.MARS, Aspect.SQUARE, Body.MOON): (
            "L'irritabilité peut faire surface à la maison tant que Mars forme un carré avec votre Lune de naissance ; "
            "dites tôt ce qui vous dérange, avant que la coupe ne déborde."
        ),
        (Body.MARS, Aspect.SQUARE, Body.MERCURY): (
            "Les mots peuvent devenir cinglants et les décisions hâtives quand Mars forme un carré avec votre Mercure "
            "natal ; comptez jusqu'à dix, puis dites simplement ce qui doit être dit."
        ),
        (Body.MARS, Aspect.SQUARE, Body.VENUS): (
            "Mars forme un carré avec votre Vénus natale et crée des frictions entre désir et harmonie ; un désaccord "
            "amoureux peut ouvrir la voie à la sincérité si vous jouez franc jeu."
        ),
        (Body.MARS, Aspect.SQUARE, Body.MARS): (
            "Mars forme un carré avec sa propre position natale, une étape clé de votre cycle martien de deux ans ; la "
            "frustration montre où votre approche habituelle ne fonctionne plus."
        ),
        (Body.MARS, Aspect.SQUARE, Body.JUPITER): (
            "Avec Mars au carré de votre Jupiter natal, il est tentant d'en faire trop ; l'ambition est la bienvenue, "
            "mais ménagez votre rythme et évaluez les risques."
        ),
        (Body.MARS, Aspect.SQUARE, Body.SATURN): (
            "L'effort se heurte à des résistances tant que Mars forme un carré avec votre Saturne natal, alors évitez "
            "de passer en force et contournez patiemment l'obstacle."
        ),
        (Body.MARS, Aspect.TRINE, Body.SUN): (
            "Mars forme un trigone avec votre Soleil de naissance, et vitalité et confiance ne vous font pas défaut ; "
            "prenez les commandes, lancez le projet et profitez de l'élan."
        ),
        (Body.MARS, Aspect.TRINE, Body.MOON): (
            "L'émotion se transforme en action utile quand Mars forme un trigone avec votre Lune natale : cuisinez, "
            "bricolez ou faites le ménage, et savourez la satisfaction du travail accompli."
        ),
        (Body.MARS, Aspect.TRINE, Body.MERCURY): (
            "Avec Mars en trigone à votre Mercure natal, votre pensée est résolue et vos mots convaincants, alors "
            "débattez, défendez vos idées ou écrivez en toute confiance."
        ),
        (Body.MARS, Aspect.TRINE, Body.VENUS): (
            "Mars forme un trigone avec votre Vénus natale et mêle sans peine passion et tendresse ; amours, création "
            "et vie sociale s'épanouissent."
        ),
        (Body.MARS, Aspect.TRINE, Body.MARS): (
            "Votre énergie circule librement tant que Mars forme un trigone avec sa propre position natale, un "
            "excellent moment pour le sport, le travail intense et tout commencement audacieux."
        ),
        (Body.MARS, Aspect.TRINE, Body.JUPITER): (
            "Courage et chance font équipe sous le trigone de Mars à votre Jupiter natal ; prenez un risque calculé, "
            "car la fortune sourit à votre esprit d'initiative."
        ),
        (Body.MARS, Aspect.TRINE, Body.SATURN): (
            "Mars forme un trigone avec le Saturne de votre thème natal et vous apporte une énergie disciplinée ; un "
            "effort régulier et concentré bâtit quelque chose qui durera."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.SUN): (
            "Mars s'oppose à votre Soleil natal, et quelqu'un pourrait vous défier ouvertement ; tenez votre position "
            "avec calme et cherchez l'équilibre plutôt que la victoire."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.MOON): (
            "Avec Mars opposé à votre Lune natale, les actes des autres pourraient remuer vos émotions ; répondez avec "
            "calme plutôt que sous le coup de la blessure, et faites de votre foyer une zone de trêve."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.MERCURY): (
            "Les discussions peuvent s'envenimer tant que Mars s'oppose à votre Mercure natal ; écoutez jusqu'au bout "
            "le point de vue adverse avant de répondre."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.VENUS): (
            "Attirance et conflit s'allument ensemble quand Mars s'oppose à votre Vénus de naissance ; tempérez la "
            "passion par la patience, et la tension pourra vous rapprocher."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.MARS): (
            "Mars s'oppose à sa propre position natale, à mi-chemin de votre cycle martien ; les ambitions des autres "
            "mettent les vôtres à l'épreuve, alors ajustez-vous au lieu de lutter."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.JUPITER): (
            "Avec Mars opposé à votre Jupiter natal, l'insistance de quelqu'un d'autre pourrait vous pousser à voir "
            "trop grand ; marquez une pause, évaluez le coût et tenez-vous-en à ce qui est réaliste."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.SATURN): (
            "Urgence et prudence s'affrontent quand Mars s'oppose à votre Saturne natal ; laissez cette tension vous "
            "montrer quelle règle assouplir et laquelle respecter."
        ),

        # ---- Jupiter : croissance, chance, générosité, excès ----
        (Body.JUPITER, Aspect.CONJUNCTION, Body.SUN): (
            "Jupiter rencontre votre Soleil natal et ouvre un nouveau chapitre généreux, fait de croissance et de "
            "confiance ; rêvez en grand et laissez votre lumière porter plus loin que jamais."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.MOON): (
            "Le sentiment d'être chez vous et d'avoir votre place grandit quand Jupiter traverse votre Lune natale ; "
            "entretenez les liens familiaux, et faites peut-être davantage de place dans votre logement."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.MERCURY): (
            "Avec Jupiter sur votre Mercure natal, votre esprit s'ouvre aux grandes idées ; étudiez, publiez, voyagez "
            "ou enseignez, et votre voix portera plus loin."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.VENUS): (
            "Jupiter rencontre votre Vénus de naissance, une période faste pour l'amour et l'argent ; savourez "
            "l'abondance, et rappelez-vous que plus n'est pas toujours mieux."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.MARS): (
            "Jupiter rejoint votre Mars natal et décuple courage et ambition ; lancez une entreprise audacieuse, mais "
            "gardez votre enthousiasme arrimé à un plan."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.JUPITER): (
            "Jupiter regagne sa place dans votre thème natal, votre retour de Jupiter qui survient tous les douze ans "
            "; un nouveau cycle de croissance commence, alors choisissez où vous développer."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.SATURN): (
            "L'espoir rencontre la responsabilité quand Jupiter traverse votre Saturne natal, et les structures que "
            "vous avez bâties peuvent grandir ; agrandissez-les avec sagesse, un étage à la fois."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.SUN): (
            "La reconnaissance est à votre portée quand Jupiter forme un sextile avec votre Soleil natal, mais la "
            "porte ne s'ouvre qu'à une proposition claire et assurée, alors faites la vôtre."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.MOON): (
            "Jupiter forme un sextile avec votre Lune natale et invite plus de chaleur dans votre vie de famille ; "
            "recevez du monde, renouez avec vos proches ou faites une place à quelqu'un de nouveau."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.MERCURY): (
            "Les occasions d'apprendre et de partager vos idées se multiplient tant que Jupiter forme un sextile avec "
            "votre Mercure de naissance ; inscrivez-vous, prenez la parole ou organisez ce voyage dont vous parlez "
            "sans cesse."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.VENUS): (
            "Dites oui aux nouvelles rencontres et aux expériences inédites : Jupiter forme un sextile avec votre "
            "Vénus natale, et les occasions d'amour et de plaisir se présentent à qui sait les chercher."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.MARS): (
            "Jupiter forme un sextile avec votre Mars natal et ouvre une fenêtre pour des actions audacieuses et "
            "gratifiantes ; les efforts investis pendant cette période ont toutes les chances de payer."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.JUPITER): (
            "Jupiter forme un sextile avec sa propre position natale, une ouverture chanceuse dans votre cycle de "
            "croissance de douze ans ; saisissez l'occasion dès qu'elle se présente, car elle n'attendra pas."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.SATURN): (
            "Avec Jupiter en sextile à votre Saturne natal, l'effort constant trouve des appuis, alors demandez le "
            "soutien, la promotion ou le mentor dont vous avez besoin."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.SUN): (
            "Jupiter forme un carré avec votre Soleil de naissance, et l'ambition pourrait déborder de vos projets ; "
            "laissez les frictions vous faire grandir, mais gardez des promesses réalistes."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.MOON): (
            "Les émotions prennent de l'ampleur et la maison peut sembler exiguë tant que Jupiter forme un carré avec "
            "votre Lune natale ; déterminez ce dont vous avez vraiment besoin avant d'ajouter quoi que ce soit."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.MERCURY): (
            "Sous le carré de Jupiter à votre Mercure natal, les grands projets risquent de négliger les détails ; "
            "vérifiez les faits, resserrez le périmètre, puis foncez avec assurance."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.VENUS): (
            "Jupiter forme un carré avec votre Vénus natale et vous incite à trop dépenser ou à trop promettre en "
            "amour ; profitez de vos plaisirs, mais fixez-vous des limites raisonnables."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.MARS): (
            "La prise de risque semble irrésistible quand Jupiter forme un carré avec votre Mars natal ; canalisez "
            "cette envie dans un effort bien planifié plutôt que dans un saut dans l'inconnu."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.JUPITER): (
            "Jupiter forme un carré avec sa propre position natale, une étape de croissance de votre cycle de douze "
            "ans ; votre agitation montre quelles convictions demandent à être revues."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.SATURN): (
            "Avec Jupiter au carré de votre Saturne de naissance, l'envie d'expansion se heurte à votre prudence ; "
            "laissez l'une tempérer l'autre et avancez à pas mesurés."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.SUN): (
            "Jupiter forme un trigone avec votre Soleil natal et vous offre une longue période facile, placée sous le "
            "signe de la confiance et de la chance ; visez haut, car les portes s'ouvrent volontiers devant vous."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.MOON): (
            "Sérénité intérieure et bienfaits au foyer accompagnent Jupiter en trigone à votre Lune natale ; profitez "
            "de la famille, du confort et d'une humeur généreuse."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.MERCURY): (
            "Études, écriture et voyages sont favorisés tant que Jupiter forme un trigone avec votre Mercure natal, "
            "alors diffusez largement vos idées : elles trouvent un public réceptif."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.VENUS): (
            "Jupiter forme un trigone avec votre Vénus de naissance, une période heureuse et facile pour l'amour, "
            "l'amitié et l'argent ; profitez-en, et faites rejaillir un peu de votre chance sur les autres."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.MARS): (
            "Avec Jupiter en trigone à votre Mars natal, les initiatives audacieuses sont bien soutenues ; lancez le "
            "projet, l'entraînement ou l'aventure dont vous rêvez."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.JUPITER): (
            "Jupiter forme un trigone avec sa propre position natale, une phase harmonieuse de votre cycle de douze "
            "ans, et la croissance vient naturellement, alors suivez ce qui vous inspire."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.SATURN): (
            "Vision et discipline s'équilibrent quand Jupiter forme un trigone avec votre Saturne natal, une période "
            "idéale pour bâtir une carrière, un foyer ou un projet durable."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.SUN): (
            "Jupiter s'oppose à votre Soleil natal, et les autres pourraient vous apporter de grandes occasions ou de "
            "grandes exigences ; mesurez chacune à l'aune de qui vous êtes vraiment."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.MOON): (
            "L'enthousiasme des autres remue vos émotions tant que Jupiter s'oppose à votre Lune de naissance ; "
            "profitez de cette chaleur, mais préservez votre besoin de calme."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.MERCURY): (
            "D'autres points de vue bousculent le vôtre quand Jupiter s'oppose à votre Mercure natal ; gardez l'esprit "
            "ouvert, car le débat peut élargir votre réflexion."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.VENUS): (
            "Avec Jupiter opposé à votre Vénus natale, les gestes généreux vont dans les deux sens ; savourez le "
            "plaisir de donner et de recevoir, et gardez l'amour et l'argent en équilibre."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.MARS): (
            "Jupiter s'oppose à votre Mars natal, et les autres pourraient vous pousser à prendre des risques que vous "
            "ne prendriez pas de vous-même ; vérifiez que leurs encouragements servent bien vos objectifs."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.JUPITER): (
            "Jupiter s'oppose à sa propre position natale, au milieu de votre cycle de douze ans ; les autres vous "
            "renvoient le reflet de vos convictions et vous montrent où grandir désormais."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.SATURN): (
            "Avec Jupiter opposé à votre Saturne natal, expansion et sécurité tirent en sens inverse ; quelqu'un "
            "pourrait vous pousser à lâcher du lest, alors trouvez votre propre équilibre."
        ),

        # ---- Saturne : devoir, limites, patience, structure ----
        (Body.SATURN, Aspect.CONJUNCTION, Body.SUN): (
            "Saturne rencontre votre Soleil natal, un passage exigeant mais fondateur ; engagez-vous pour ce qui "
            "compte vraiment et renoncez aux rôles qui ne vous correspondent plus."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.MOON): (
            "Saturne traverse votre Lune de naissance et vous demande de prendre au sérieux vos besoins affectifs ; "
            "construisez un foyer et des habitudes qui vous soutiennent réellement."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.MERCURY): (
            "Votre pensée devient sérieuse et précise quand Saturne rejoint votre Mercure natal ; étudiez, planifiez, "
            "et ne signez que ce que vous comprenez parfaitement."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.VENUS): (
            "Saturne rencontre votre Vénus natale et met à l'épreuve vos relations et vos finances ; ce qui est "
            "authentique se renforce, et le reste pourrait s'effacer sans bruit."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.MARS): (
            "Vos efforts peuvent sembler entravés tant que Saturne est conjoint à votre Mars natal ; une action lente "
            "et disciplinée réussit mieux que la force et forge une résistance durable."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.JUPITER): (
            "Saturne traverse votre Jupiter natal et demande à vos espoirs de prendre une forme concrète ; élaguez les "
            "rêves que vous ne pourrez pas entretenir et investissez dans ceux qui sont à votre mesure."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.SATURN): (
            "Saturne revient à sa propre place dans votre thème natal : c'est votre retour de Saturne, un rite de "
            "passage qui vous demande d'assumer la direction de votre vie."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.SUN): (
            "Le sextile de Saturne à votre Soleil natal vous offre l'occasion de bâtir quelque chose de solide ; "
            "assumez une vraie responsabilité et voyez votre réputation grandir."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.MOON): (
            "Saturne forme un sextile avec votre Lune natale et soutient les routines stables comme la sécurité "
            "affective ; réglez une question domestique ou familiale pendant que c'est facile."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.MERCURY): (
            "Avec Saturne en sextile à votre Mercure de naissance, la réflexion posée et la planification sont "
            "favorisées ; profitez de cette ouverture pour écrire, étudier ou finaliser un contrat."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.VENUS): (
            "L'amour et l'argent gagnent à l'engagement quand Saturne forme un sextile avec votre Vénus natale, alors "
            "faites une promesse concrète ou commencez un plan d'épargne."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.MARS): (
            "Saturne forme un sextile avec votre Mars natal et vous donne l'endurance nécessaire à un travail patient "
            "et discipliné ; profitez-en pour attaquer pas à pas un projet de longue haleine."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.JUPITER): (
            "Ancrez vos ambitions dans le réel tant que Saturne forme un sextile avec votre Jupiter natal : un plan "
            "raisonnable établi pendant cette fenêtre peut soutenir votre essor pour des années."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.SATURN): (
            "Saturne forme un sextile avec sa propre position natale, un moment constructif de votre long cycle "
            "saturnien ; consolidez vos fondations et acceptez les devoirs qui vous conviennent."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.SUN): (
            "Saturne forme un carré avec votre Soleil natal, et les obstacles mettent votre détermination à l'épreuve "
            "; la pression est réelle, mais y faire face forge une confiance durable."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.MOON): (
            "Avec Saturne au carré de votre Lune natale, la vie au foyer peut sembler pesante ou vos besoins "
            "insatisfaits ; faites preuve de patience envers vous-même et consolidez ce qui vous soutient."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.MERCURY): (
            "Les projets peuvent piétiner et les doutes se faire pressants quand Saturne forme un carré avec votre "
            "Mercure natal ; ralentissez, vérifiez votre raisonnement, et révisez plutôt que d'abandonner."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.VENUS): (
            "Saturne forme un carré avec votre Vénus de naissance et éprouve l'amour comme les finances ; affrontez "
            "honnêtement la question difficile, et ce qui restera n'en sera que plus solide."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.MARS): (
            "La frustration s'accumule quand l'action se heurte à une résistance, et le carré de Saturne à votre Mars "
            "natal apporte l'une et l'autre ; misez sur l'intelligence plutôt que sur la force, et dosez vos efforts."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.JUPITER): (
            "Saturne forme un carré avec votre Jupiter natal et freine votre expansion ; laissez ces frictions vous "
            "montrer quels projets valent l'effort."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.SATURN): (
            "Saturne forme un carré avec sa propre position natale, l'un des jalons de votre cycle saturnien ; les "
            "structures devenues inadaptées se révèlent, alors reconstruisez avec soin."
        ),
        (Body.SATURN, Aspect.TRINE, Body.SUN): (
            "Saturne forme un trigone avec votre Soleil natal et vous prête stabilité et autorité ; vos objectifs à "
            "long terme progressent sûrement, alors investissez vos efforts là où ils comptent."
        ),
        (Body.SATURN, Aspect.TRINE, Body.MOON): (
            "Stabilité émotionnelle et calme au foyer accompagnent Saturne en trigone à votre Lune natale, une belle "
            "période pour régler définitivement les questions familiales."
        ),
        (Body.SATURN, Aspect.TRINE, Body.MERCURY): (
            "Votre pensée est claire et disciplinée tant que Saturne forme un trigone avec votre Mercure de naissance "
            "; planifiez soigneusement dès maintenant, et vos projets tiendront la route."
        ),
        (Body.SATURN, Aspect.TRINE, Body.VENUS): (
            "Saturne forme un trigone avec votre Vénus natale et renforce vos engagements en amour comme en argent ; "
            "la fidélité est récompensée et une relation stable s'approfondit."
        ),
        (Body.SATURN, Aspect.TRINE, Body.MARS): (
            "Avec Saturne en trigone à votre Mars natal, effort et discipline ne font qu'un, si bien qu'une action "
            "régulière et patiente vous permet d'accomplir beaucoup."
        ),
        (Body.SATURN, Aspect.TRINE, Body.JUPITER): (
            "Saturne forme un trigone avec votre Jupiter natal et équilibre vision et réalisme ; l'essor que vous "
            "bâtissez pendant cette période repose sur des bases solides."
        ),
        (Body.SATURN, Aspect.TRINE, Body.SATURN): (
            "Saturne forme un trigone avec sa propre position natale, une phase stable de votre long cycle de maturité "
            "; les structures que vous avez bâties vous rendent de fiers services."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.SUN): (
            "Sous l'opposition de Saturne à votre Soleil natal, une figure d'autorité pourrait remettre en cause votre "
            "orientation ; restez fidèle à votre cap tout en corrigeant ce qui est déséquilibré."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.MOON): (
            "Vos responsabilités envers les autres peuvent peser sur votre vie affective tant que Saturne s'oppose à "
            "votre Lune natale ; partagez la charge et exprimez clairement vos besoins."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.MERCURY): (
            "Critiques ou retards pourraient accueillir vos projets quand Saturne s'oppose à votre Mercure natal ; "
            "retenez ce qui est utile et révisez avec patience."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.VENUS): (
            "Saturne s'oppose à votre Vénus de naissance et met à l'épreuve l'équilibre de vos relations ; pour durer, "
            "ce que vous donnez et ce que vous recevez doit être équitable."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.MARS): (
            "Avec Saturne opposé à votre Mars natal, des règles ou des personnes en position d'autorité pourraient "
            "freiner votre élan ; trouvez patiemment un moyen d'avancer plutôt que d'aller à l'affrontement."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.JUPITER): (
            "Prudence et espoir se font face quand Saturne s'oppose à votre Jupiter natal ; le réalisme des autres "
            "pourrait tempérer vos projets, alors gardez ce qui est solide et abandonnez le reste."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.SATURN): (
            "Saturne s'oppose à sa propre position natale, à mi-parcours de votre cycle saturnien ; les exigences "
            "extérieures reflètent vos exigences intérieures, alors rééquilibrez vos engagements."
        ),
    },
)
