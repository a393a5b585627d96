"""French phrases for compatibility readings (see `horoscope_service.phrasebooks.compatibility`)."""

from horoscope_service.model import Element, Modality
from horoscope_service.phrasebooks.compatibility import CompatibilityBook

COMPATIBILITY = CompatibilityBook(
    elements={Element.FIRE: "feu", Element.EARTH: "terre", Element.AIR: "air", Element.WATER: "eau"},
    modalities={Modality.CARDINAL: "cardinal", Modality.FIXED: "fixe", Modality.MUTABLE: "mutable"},
    distance=(
        # 0: the same sign
        (
            (
                "Puisque vous partagez le même signe, vous vous reconnaissez très vite, habitudes, espoirs et angles "
                "morts compris."
            ),
            "Vous ressembler autant rend tout plus simple, mais ce qui manque à l'un manque souvent aussi à l'autre.",
        ),
        # 1: neighboring signs (semi-sextile)
        (
            (
                "Vos signes sont voisins dans le zodiaque : vous avancez côte à côte, mais vous abordez la vie sous "
                "des angles bien différents."
            ),
            (
                "Vous détenez chacun ce que l'autre apprend encore, et avec un peu de patience, vos petites "
                "différences deviennent de discrètes leçons."
            ),
        ),
        # 2: sextile
        (
            (
                "Un sextile vous relie, un aspect bienveillant qui ouvre des portes dès que l'un de vous fait le "
                "premier pas."
            ),
            (
                "La bonne entente est là dès le départ ; ce qui en naîtra dépend des efforts que vous choisirez d'y "
                "mettre ensemble."
            ),
        ),
        # 3: square
        (
            (
                "Vos signes forment un carré, si bien que vos instincts vous entraînent souvent dans des directions "
                "différentes au même instant."
            ),
            (
                "Cette friction peut vous épuiser ou vous faire grandir, et la nommer tôt l'empêche de tourner à "
                "l'affaire personnelle."
            ),
        ),
        # 4: trine
        (
            (
                "Vos signes forment un trigone, l'aspect le plus fluide qui soit, et vous vous comprenez souvent à "
                "demi-mot."
            ),
            (
                "Avec si peu de résistance, le risque est de vous reposer sur vos lauriers : offrez de temps en temps "
                "un nouveau défi à votre relation."
            ),
        ),
        # 5: quincunx (inconjunct)
        (
            "Un quinconce sépare vos signes, un aspect inconfortable où vous ne parlez pas tout à fait la même langue.",
            (
                "Vous ajuster l'un à l'autre demande un effort conscient, mais le lien qui en résulte est souvent "
                "d'une inventivité rare."
            ),
        ),
        # 6: opposite signs
        (
            (
                "Vos signes se font face de part et d'autre du zodiaque, si bien que vous vous renvoyez mutuellement "
                "ce que vous avez tendance à négliger."
            ),
            (
                "Les contraires s'attirent vraiment, et cette attirance dure quand vous voyez vos différences comme un "
                "équilibre, pas comme une compétition."
            ),
        ),
    ),
    element_pair={
        (Element.FIRE, Element.FIRE): (
            (
                "Deux signes de feu réunis, c'est de l'enthousiasme, des projets audacieux et beaucoup de rires, "
                "souvent tout à la fois."
            ),
            (
                "Entre vous, la colère s'enflamme vite et retombe aussi vite : laissez passer l'étincelle avant "
                "qu'elle ne devienne un incendie."
            ),
        ),
        (Element.FIRE, Element.EARTH): (
            "Le feu apporte l'étincelle et la terre le sol sur lequel bâtir, même si vos rythmes concordent rarement.",
            (
                "L'un veut sauter le pas quand l'autre veut un plan, et les meilleurs résultats viennent quand chacun "
                "est entendu."
            ),
        ),
        (Element.FIRE, Element.AIR): (
            (
                "Le feu et l'air s'alimentent l'un l'autre : les idées deviennent des actes, et les actes font naître "
                "de nouvelles idées."
            ),
            (
                "La conversation coule de source, et l'énergie entre vous peut monter au point de vous faire oublier "
                "le repos et la routine."
            ),
        ),
        (Element.FIRE, Element.WATER): (
            "Le feu et l'eau font de la vapeur : un mélange de vraie passion et de sensibilités vite blessées.",
            (
                "L'un agit sur un coup de tête, l'autre selon son humeur : quand la température monte, c'est la "
                "douceur qui compte le plus."
            ),
        ),
        (Element.EARTH, Element.EARTH): (
            (
                "Deux signes de terre bâtissent ensemble quelque chose de solide, avec le même respect de l'effort, du "
                "confort et des promesses tenues."
            ),
            (
                "Votre quotidien peut trop facilement s'installer dans la routine : gardez une place pour une escapade "
                "imprévue de temps en temps."
            ),
        ),
        (Element.EARTH, Element.AIR): (
            (
                "La terre s'occupe du concret et l'air du possible, ce qui fait de vous un duo réfléchi, mais parfois "
                "perplexe."
            ),
            (
                "Laissez les idées et le sens pratique se rejoindre à mi-chemin : l'un imagine le plan, l'autre "
                "vérifie qu'il tiendra la route."
            ),
        ),
        (Element.EARTH, Element.WATER): (
            (
                "La terre et l'eau se nourrissent mutuellement, avec d'un côté une attention constante et de l'autre "
                "une émotion profonde."
            ),
            (
                "La confiance grandit lentement mais sûrement entre vous, et une fois enracinée, elle est "
                "remarquablement difficile à ébranler."
            ),
        ),
        (Element.AIR, Element.AIR): (
            (
                "Deux signes d'air ne manquent jamais de sujets de conversation, et vos esprits se rencontrent sans "
                "effort."
            ),
            (
                "Les sentiments peuvent se perdre parmi les idées : dites à voix haute ce qui compte pour vous au lieu "
                "de croire que cela va de soi."
            ),
        ),
        (Element.AIR, Element.WATER): (
            (
                "L'air analyse les choses quand l'eau les ressent, et vous pouvez avoir du mal à vous déchiffrer l'un "
                "l'autre."
            ),
            (
                "Quand la logique et l'émotion se relaient au lieu de rivaliser, vous pouvez vous comprendre mieux que "
                "la plupart des duos."
            ),
        ),
        (Element.WATER, Element.WATER): (
            (
                "Entre deux signes d'eau, les humeurs se devinent presque sans un mot, et une complicité profonde et "
                "intime s'installe."
            ),
            (
                "Les émotions partagées peuvent aussi se muer en inquiétudes partagées : veillez à garder un peu de "
                "recul, et quelques avis extérieurs."
            ),
        ),
    },
    modality_pair={
        (Modality.CARDINAL, Modality.CARDINAL): (
            "Vous avez en commun le goût de l'initiative : vous aimez fixer le cap et faire bouger les choses.",
            (
                "Si vous voulez mener la danse en même temps, convenez de qui pilote quoi, et la rivalité deviendra un "
                "véritable partenariat."
            ),
        ),
        (Modality.CARDINAL, Modality.FIXED): (
            "L'un lance les choses et l'autre les fait durer : une belle alliance d'initiative et d'endurance.",
            (
                "Les frictions surgissent quand les nouveaux projets se heurtent aux habitudes bien ancrées : décidez "
                "ensemble de ce qui reste et de ce qui peut changer."
            ),
        ),
        (Modality.CARDINAL, Modality.MUTABLE): (
            "L'un fixe le cap, l'autre l'ajuste au gré des circonstances, ce qui garde vos projets souples.",
            (
                "Les ennuis ne commencent que lorsque les décisions sont prises trop vite pour l'un ou changées trop "
                "souvent pour l'autre."
            ),
        ),
        (Modality.FIXED, Modality.FIXED): (
            "Deux signes fixes, c'est une loyauté obstinée : une fois l'engagement pris entre vous, il tient bon.",
            (
                "Aucun de vous ne cède facilement du terrain, et les désaccords peuvent se figer si personne ne fait "
                "la première petite concession."
            ),
        ),
        (Modality.FIXED, Modality.MUTABLE): (
            "L'un offre la constance, l'autre la souplesse, ce qui peut vous équilibrer joliment les bons jours.",
            (
                "Le plus posé peut trouver l'autre agité, et le plus remuant se sentir à l'étroit : parlez franchement "
                "de votre rythme."
            ),
        ),
        (Modality.MUTABLE, Modality.MUTABLE): (
            (
                "Deux signes mutables s'adaptent à presque tout, ce qui rend vos moments ensemble légers, variés et "
                "faciles."
            ),
            (
                "Sans personne pour tenir le cap, les projets peuvent dériver : choisissez quelques engagements et "
                "menez-les à bien ensemble."
            ),
        ),
    },
    love={
        (Element.FIRE, Element.FIRE): (
            "Entre deux signes de feu, l'amour est brûlant et joueur, plein de défis, de surprises et de "
            "réconciliations éclair."
        ),
        (Element.FIRE, Element.EARTH): (
            "En amour, l'impatience rencontre un rythme plus lent, et l'attente est récompensée par une chaleur qui "
            "dure des années."
        ),
        (Element.FIRE, Element.AIR): (
            "Le jeu de la séduction vous est naturel, à vous comme à votre partenaire, et c'est ce jeu qui entretient "
            "la flamme."
        ),
        (Element.FIRE, Element.WATER): (
            "La passion est profonde entre vous et votre partenaire, mais les sentiments délicats se manient avec "
            "précaution quand les esprits s'échauffent."
        ),
        (Element.EARTH, Element.EARTH): (
            "Votre amour grandit à travers de petits gestes fiables, comme un repas cuisiné ensemble ou une promesse "
            "tenue sans bruit."
        ),
        (Element.EARTH, Element.AIR): (
            "En amour, l'un montre son affection par les mots et l'autre par les actes : apprenez à lire les deux "
            "langages."
        ),
        (Element.EARTH, Element.WATER): (
            "Vous et votre partenaire bâtissez un amour tendre et protecteur, où chacun se sent assez en sécurité pour "
            "baisser la garde."
        ),
        (Element.AIR, Element.AIR): (
            "Entre vous et votre partenaire, l'amour naît dans la tête, et une bonne conversation reste votre meilleur "
            "atout romantique."
        ),
        (Element.AIR, Element.WATER): (
            "En amour, l'un a besoin de mettre des mots sur les choses et l'autre de compréhension : donnez-vous les "
            "deux."
        ),
        (Element.WATER, Element.WATER): (
            "Votre histoire d'amour est intime et intuitive, mais il est bon de dire à voix haute ce que chacun espère "
            "en silence."
        ),
    },
    love_distance=(
        (
            "Aimer quelqu'un qui vous ressemble autant, c'est comme rentrer chez soi ; gardez une part de mystère en "
            "cultivant vos propres centres d'intérêt."
        ),
        (
            "Entre signes voisins, les petites différences d'habitudes appellent une négociation en douceur plutôt "
            "qu'une rancœur silencieuse."
        ),
        "Chez vous, l'amour naît facilement de l'amitié, et des passions communes gardent l'attirance bien vivante.",
        (
            "Le carré entre vos signes apporte autant d'étincelles que d'affrontements : disputez-vous loyalement et "
            "réconciliez-vous avec chaleur."
        ),
        (
            "Votre trigone rend l'affection naturelle et spontanée, et de petites attentions romantiques l'empêchent "
            "de tourner à la routine."
        ),
        (
            "Sous un quinconce, l'amour se nourrit de curiosité : plutôt que de deviner, continuez à demander ce dont "
            "l'autre a besoin."
        ),
        (
            "Entre signes opposés, l'attirance amoureuse est forte, et elle s'approfondit à mesure que chacun apprend "
            "de la manière d'être de l'autre."
        ),
    ),
    friendship={
        (Element.FIRE, Element.FIRE): (
            "En amitié, vous vous entraînez l'un l'autre vers la nouveauté, et l'on s'ennuie rarement autour de vous "
            "deux."
        ),
        (Element.FIRE, Element.EARTH): (
            "Cette amitié réunit une âme aventureuse et un esprit réaliste, et chacun, à sa façon, évite à l'autre les "
            "ennuis."
        ),
        (Element.FIRE, Element.AIR): (
            "Votre amitié se nourrit d'aventures partagées et de longues discussions, et entre vous, les projets ont "
            "tendance à se multiplier."
        ),
        (Element.FIRE, Element.WATER): (
            "En amitié, l'un apporte le courage et l'autre l'empathie, et les deux sont précieux quand la vie se "
            "complique."
        ),
        (Element.EARTH, Element.EARTH): (
            "Votre amitié est de celles qui viennent donner un coup de main concret, sans poser de questions."
        ),
        (Element.EARTH, Element.AIR): (
            "En amitié, vous vous complétez : l'un apporte des idées neuves, l'autre un retour au réel plein de bon "
            "sens."
        ),
        (Element.EARTH, Element.WATER): (
            "C'est une amitié fidèle et sans drame, où une soirée tranquille à deux peut compter plus que n'importe "
            "quelle fête."
        ),
        (Element.AIR, Element.AIR): (
            "Votre amitié est une longue conversation, pleine de blagues complices, de liens échangés et d'avis sur "
            "tout."
        ),
        (Element.AIR, Element.WATER): (
            "Face à un problème, l'un veut analyser et l'autre cherche simplement du réconfort : demandez d'abord quel "
            "soutien est attendu."
        ),
        (Element.WATER, Element.WATER): (
            "En amitié, vous devinez d'instinct vos humeurs respectives et vous offrez l'un à l'autre un refuge sûr "
            "pour les confidences."
        ),
    },
    friendship_distance=(
        (
            "Partager le même signe donne à votre amitié un langage codé que d'autres ne saisissent pas toujours, avec "
            "les mêmes entêtements en prime."
        ),
        (
            "Avec des signes voisins, votre amitié comble en silence les lacunes de chacun, sans jamais avoir besoin "
            "de les pointer du doigt."
        ),
        (
            "Le sextile est l'un des aspects les plus amicaux qui soient, et ce lien peut durer des années sans "
            "demander beaucoup d'entretien."
        ),
        (
            "Cette amitié a ses moments de tension, mais les désaccords francs tendent à la renforcer plutôt qu'à "
            "l'affaiblir."
        ),
        (
            "Avec un trigone entre vos signes, l'amitié semble aller de soi, et vos retrouvailles reprennent toujours "
            "là où la conversation s'était arrêtée."
        ),
        (
            "Sur le papier, cette amitié semble improbable, mais elle fonctionne parce que chacun fait découvrir à "
            "l'autre un monde différent."
        ),
        (
            "Avec vos signes opposés, vous voyez chaque situation des deux côtés à la fois, ce qui donne beaucoup de "
            "valeur aux conseils que vous échangez."
        ),
    ),
    work={
        (Element.FIRE, Element.FIRE): (
            "Au travail, l'énergie et l'ambition ne vous manquent pas : partagez équitablement la lumière et vérifiez "
            "qui s'occupe des détails."
        ),
        (Element.FIRE, Element.EARTH): (
            "Sur un projet commun, l'un donne l'élan et l'autre mène les choses à terme, un duo redoutable quand les "
            "échéances approchent."
        ),
        (Element.FIRE, Element.AIR): (
            "Ensemble, vous produisez des idées à toute vitesse et savez bien les présenter, mais quelqu'un doit se "
            "charger du suivi."
        ),
        (Element.FIRE, Element.WATER): (
            "Entre collègues, l'un fonce pendant que l'autre sait prendre le pouls de la salle, et ces deux instincts "
            "servent l'équipe."
        ),
        (Element.EARTH, Element.EARTH): (
            "Côté travail, vous êtes fiables et méthodiques, et ensemble vous obtenez des résultats solides sur "
            "lesquels les autres peuvent compter."
        ),
        (Element.EARTH, Element.AIR): (
            "Au travail, l'un conçoit la stratégie et l'autre la confronte à la réalité, ce qui évite des erreurs "
            "coûteuses."
        ),
        (Element.EARTH, Element.WATER): (
            "Côte à côte, vous alliez savoir-faire pratique et sens des besoins humains, et cela se voit dans votre "
            "travail."
        ),
        (Element.AIR, Element.AIR): (
            "Entre collègues, vous excellez dans le remue-méninges et le réseautage, mais mettez par écrit qui termine "
            "chaque tâche."
        ),
        (Element.AIR, Element.WATER): (
            "En équipe, la logique vient de l'un et le moral de l'autre : reconnaissez à leur juste valeur ces deux "
            "formes de contribution."
        ),
        (Element.WATER, Element.WATER): (
            "Vous travaillez bien sur tout ce qui demande du soin ou de la créativité, même si les décisions peuvent "
            "traîner pendant que vous sondez l'ambiance."
        ),
    },
    work_distance=(
        (
            "Travailler avec quelqu'un de votre signe, c'est partager méthodes et objectifs : sollicitez un regard "
            "extérieur avant les grandes décisions."
        ),
        (
            "Au travail, des signes voisins couvrent des compétences complémentaires : répartissez les tâches selon ce "
            "que chacun fait le mieux."
        ),
        (
            "Le sextile entre vous favorise la coopération, et les projets communs ouvrent souvent des portes à l'un "
            "comme à l'autre."
        ),
        (
            "Travailler sous un carré peut être tendu, mais cette pression produit souvent vos résultats les plus "
            "ambitieux."
        ),
        (
            "Avec un trigone pour vous relier, les tâches circulent sans heurt entre vous et un rythme commun "
            "s'installe sans grande discussion."
        ),
        (
            "Professionnellement, vos approches s'accordent rarement d'emblée : fixez des attentes claires et faites "
            "souvent le point."
        ),
        (
            "Collègues de signes opposés, vous équilibrez vos forces respectives, à condition de négocier plutôt que "
            "de rivaliser."
        ),
    ),
    day={
        "moon_in_one": (
            (
                "Avec la Lune {moon_in}, dans le signe de l'un de vous, c'est son ressenti qui donne le ton pour vous "
                "deux aujourd'hui."
            ),
            (
                "La Lune {moon_in} braque les projecteurs sur l'un de vous aujourd'hui : que la personne qui la "
                "ressent le plus exprime ses besoins."
            ),
            (
                "Aujourd'hui, la Lune est {moon_in}, chez elle dans l'un de vos signes, ce qui rend les émotions plus "
                "faciles à lire entre vous."
            ),
        ),
        "moon_in_shared_element": (
            "La Lune {moon_in} partage l'élément de l'un de vous aujourd'hui : son instinct est un bon guide.",
            (
                "Aujourd'hui, avec la Lune {moon_in}, un élément familier colore la journée et la coopération demande "
                "moins d'efforts."
            ),
            (
                "Un élément que vous connaissez bien revient avec la Lune {moon_in} : la journée favorise les projets "
                "communs plutôt que les initiatives en solo."
            ),
        ),
        "moon_harmonious": (
            (
                "La Lune {moon_in} regarde vos deux signes avec bienveillance aujourd'hui, un bon moment pour des "
                "projets à deux."
            ),
            (
                "Avec la Lune {moon_in} en bon aspect avec vous deux, la journée favorise les discussions sincères et "
                "les gestes généreux."
            ),
            (
                "Aujourd'hui, la Lune {moon_in} aplanit le chemin entre vous : un sujet délicat pourrait être plus "
                "facile à aborder."
            ),
        ),
        "moon_tense": (
            (
                "La Lune {moon_in} met l'un de vous sous pression aujourd'hui : attendez-vous à ce que la moutarde "
                "monte au nez plus vite que d'habitude."
            ),
            (
                "Avec la Lune {moon_in} en aspect tendu, la journée se prête mieux à l'écoute qu'au règlement des "
                "vieilles querelles."
            ),
            (
                "Aujourd'hui, la Lune {moon_in} risque d'agiter l'un de vous : un surcroît de patience de part et "
                "d'autre vous fera du bien."
            ),
        ),
        "moon_neutral": (
            (
                "Avec la Lune {moon_in}, la journée ne penche d'aucun côté : l'ambiance entre vous est à façonner "
                "comme vous l'entendez."
            ),
            (
                "La Lune {moon_in} reste en retrait aujourd'hui, un bon moment pour partager les petites routines du "
                "quotidien."
            ),
            (
                "Aujourd'hui, la Lune {moon_in} vous laisse libres de choisir votre rythme et de vous rejoindre "
                "quelque part entre les deux."
            ),
        ),
    },
)
