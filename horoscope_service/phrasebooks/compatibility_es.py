"""Spanish phrases for compatibility readings (see `horoscope_service.phrasebooks.compatibility`)."""

from horoscope_service.model import Element, Modality
from horoscope_service.phrasebooks.compatibility import CompatibilityBook

COMPATIBILITY = CompatibilityBook(
    elements={Element.FIRE: "fuego", Element.EARTH: "tierra", Element.AIR: "aire", Element.WATER: "agua"},
    modalities={Modality.CARDINAL: "cardinal", Modality.FIXED: "fijo", Modality.MUTABLE: "mutable"},
    distance=(
        # 0: the same sign
        (
            "Al compartir signo, los dos se reconocen enseguida: costumbres, ilusiones y puntos ciegos incluidos.",
            (
                "Parecerse tanto resulta cómodo, pero también significa que ninguno de los dos compensa de forma "
                "natural lo que les falta a ambos."
            ),
        ),
        # 1: neighboring signs (semi-sextile)
        (
            (
                "Sus signos son vecinos en el zodiaco: los dos están muy cerca, pero miran la vida desde ángulos bien "
                "distintos."
            ),
            (
                "Cada uno tiene algo que el otro todavía está aprendiendo; con paciencia, las pequeñas diferencias se "
                "convierten en lecciones silenciosas."
            ),
        ),
        # 2: sextile
        (
            (
                "Entre ambos hay un sextil, un aspecto amable que abre puertas cada vez que uno de los dos da el "
                "primer paso."
            ),
            (
                "La buena sintonía está ahí desde el principio; lo que crezca a partir de ella depende del esfuerzo "
                "que ambos decidan poner."
            ),
        ),
        # 3: square
        (
            (
                "Una cuadratura separa sus signos, y a menudo el instinto de cada uno tira hacia un lado distinto en "
                "el mismo momento."
            ),
            (
                "Ese roce puede desgastar a los dos o sacar lo mejor de cada uno; ponerle nombre pronto lo mantiene en "
                "el terreno productivo y lejos de lo personal."
            ),
        ),
        # 4: trine
        (
            (
                "Sus signos forman un trígono, el aspecto más fluido de todos, y a menudo los dos se entienden casi "
                "sin palabras."
            ),
            (
                "Con tan poca resistencia, el riesgo es acomodarse, así que de vez en cuando conviene ofrecer a este "
                "vínculo un reto nuevo."
            ),
        ),
        # 5: quincunx (inconjunct)
        (
            (
                "Un quincuncio separa sus signos, un ángulo incómodo en el que cada uno habla un idioma "
                "ligeramente distinto."
            ),
            (
                "Adaptarse el uno al otro exige un esfuerzo consciente, pero la relación que nace de ahí suele ser "
                "especialmente ingeniosa."
            ),
        ),
        # 6: opposite signs
        (
            (
                "Los signos opuestos se miran de frente a través del zodiaco, así que cada uno refleja lo que el otro "
                "suele pasar por alto."
            ),
            (
                "La atracción de los opuestos es real, y perdura cuando las diferencias se viven como un equilibrio y "
                "no como una competencia."
            ),
        ),
    ),
    element_pair={
        (Element.FIRE, Element.FIRE): (
            "Dos signos de fuego juntos traen entusiasmo, planes audaces y muchas risas, a menudo todo a la vez.",
            (
                "Los ánimos se encienden rápido entre los dos y se enfrían igual de rápido, así que conviene dejar "
                "pasar la chispa antes de que se convierta en incendio."
            ),
        ),
        (Element.FIRE, Element.EARTH): (
            (
                "El fuego pone la chispa y la tierra, el suelo sobre el que construir, aunque el ritmo de uno rara vez "
                "coincide con el del otro."
            ),
            (
                "Uno quiere lanzarse y el otro prefiere tener un plan, y los mejores resultados llegan cuando se "
                "escucha a los dos."
            ),
        ),
        (Element.FIRE, Element.AIR): (
            (
                "El fuego y el aire se alimentan mutuamente: las ideas se convierten en acción y la acción da pie a "
                "nuevas ideas."
            ),
            (
                "La conversación fluye sin esfuerzo, y la energía compartida puede subir tanto que los dos se olviden "
                "del descanso y de la rutina."
            ),
        ),
        (Element.FIRE, Element.WATER): (
            "Fuego y agua producen vapor: una mezcla de pasión auténtica y sentimientos que se hieren con facilidad.",
            (
                "Uno actúa por impulso y el otro según su estado de ánimo, así que en pleno acaloramiento la "
                "delicadeza es lo que más cuenta."
            ),
        ),
        (Element.EARTH, Element.EARTH): (
            (
                "Dos signos de tierra construyen juntos algo sólido, con un respeto compartido por el esfuerzo, la "
                "comodidad y las promesas cumplidas."
            ),
            (
                "El día a día de los dos puede caer demasiado fácilmente en la rutina, así que conviene hacer espacio "
                "de vez en cuando para un plan improvisado."
            ),
        ),
        (Element.EARTH, Element.AIR): (
            (
                "La tierra se ocupa de lo tangible y el aire de lo posible, lo que hace de ustedes un dúo reflexivo, "
                "aunque a veces algo desconcertado."
            ),
            (
                "Que las ideas y el sentido práctico se encuentren a medio camino: uno idea el plan y el otro "
                "comprueba si se sostiene."
            ),
        ),
        (Element.EARTH, Element.WATER): (
            (
                "La tierra y el agua se nutren mutuamente, con cuidados constantes por un lado y sentimientos "
                "profundos por el otro."
            ),
            (
                "La confianza crece despacio pero con firmeza entre los dos, y una vez que echa raíces cuesta "
                "muchísimo arrancarla."
            ),
        ),
        (Element.AIR, Element.AIR): (
            (
                "A dos signos de aire como ustedes nunca les faltan temas de conversación, y sus mentes se "
                "encuentran sin esfuerzo."
            ),
            (
                "Los sentimientos pueden perderse entre tanta idea, así que digan en voz alta lo que les importa en "
                "lugar de darlo por sabido."
            ),
        ),
        (Element.AIR, Element.WATER): (
            "El aire razona lo que vive y el agua lo siente, y a veces a los dos les cuesta leerse el uno al otro.",
            (
                "Cuando la lógica y la emoción se turnan en lugar de competir, los dos pueden entenderse mejor que la "
                "mayoría."
            ),
        ),
        (Element.WATER, Element.WATER): (
            (
                "Como signos de agua, cada uno capta el ánimo del otro casi sin hablar, y eso crea una complicidad "
                "profunda que es solo de los dos."
            ),
            (
                "Las emociones compartidas también pueden convertirse en preocupaciones compartidas, así que tengan a "
                "mano un poco de perspectiva externa."
            ),
        ),
    },
    modality_pair={
        (Modality.CARDINAL, Modality.CARDINAL): (
            "Los dos son iniciadores natos: les gusta marcar el rumbo y poner las cosas en marcha.",
            (
                "Cuando ambos quieren llevar la voz cantante, basta con acordar quién se encarga de qué para que la "
                "rivalidad se convierta en una verdadera alianza."
            ),
        ),
        (Modality.CARDINAL, Modality.FIXED): (
            (
                "Uno pone las cosas en marcha y el otro las sostiene en el tiempo, una combinación sólida de "
                "iniciativa y constancia."
            ),
            (
                "El roce aparece cuando los planes nuevos chocan con las costumbres arraigadas, así que decidan juntos "
                "qué se queda y qué puede cambiar."
            ),
        ),
        (Modality.CARDINAL, Modality.MUTABLE): (
            (
                "Uno marca el rumbo y el otro lo ajusta según cambian las circunstancias, lo que mantiene flexibles "
                "los planes comunes."
            ),
            (
                "Los problemas solo surgen cuando las decisiones se toman demasiado deprisa para uno o cambian "
                "demasiado a menudo para el otro."
            ),
        ),
        (Modality.FIXED, Modality.FIXED): (
            (
                "Dos signos fijos aportan una lealtad tenaz: una vez que apuestan el uno por el otro, no dan marcha "
                "atrás."
            ),
            (
                "Ninguno de los dos cede terreno con facilidad, así que los desacuerdos pueden enquistarse si nadie "
                "hace la primera pequeña concesión."
            ),
        ),
        (Modality.FIXED, Modality.MUTABLE): (
            "Uno aporta constancia y el otro flexibilidad, y en los buenos días esa mezcla equilibra muy bien a ambos.",
            (
                "Quien es más estable puede ver al otro inquieto, y quien es más inquieto puede sentirse encorsetado; "
                "hablen abiertamente del ritmo que necesita cada uno."
            ),
        ),
        (Modality.MUTABLE, Modality.MUTABLE): (
            (
                "Dos signos mutables se adaptan a casi todo, y por eso el tiempo compartido resulta ligero, variado "
                "y fácil."
            ),
            (
                "Si nadie sujeta el timón, los planes se desdibujan, así que elijan unos pocos compromisos y llévenlos "
                "juntos hasta el final."
            ),
        ),
    },
    love={
        (Element.FIRE, Element.FIRE): (
            "El romance entre dos signos de fuego es ardiente y juguetón, lleno de retos, sorpresas y "
            "reconciliaciones rápidas."
        ),
        (Element.FIRE, Element.EARTH): (
            "En el amor, la impaciencia se encuentra con un ritmo más pausado, y la recompensa por esperar es una "
            "calidez que dura años."
        ),
        (Element.FIRE, Element.AIR): (
            "A tu pareja y a ti el coqueteo les sale solo, y lo que mantiene vivo el romance es seguir "
            "divirtiéndose juntos."
        ),
        (Element.FIRE, Element.WATER): (
            "Entre tu pareja y tú la pasión es profunda, pero los sentimientos más tiernos piden cuidado cuando se "
            "caldean los ánimos."
        ),
        (Element.EARTH, Element.EARTH): (
            "El amor entre los dos crece con gestos pequeños y fiables, como una comida preparada juntos o una promesa "
            "cumplida sin alardes."
        ),
        (Element.EARTH, Element.AIR): (
            "En el amor, uno demuestra el cariño con palabras y el otro con hechos, así que vale la pena aprender a "
            "leer ambos lenguajes."
        ),
        (Element.EARTH, Element.WATER): (
            "Tu pareja y tú construyen un amor tierno y protector, en el que los dos se sienten a salvo para bajar "
            "la guardia."
        ),
        (Element.AIR, Element.AIR): (
            "Entre tu pareja y tú, el amor empieza en la mente, y nada enamora tanto a los dos como una buena "
            "conversación."
        ),
        (Element.AIR, Element.WATER): (
            "En lo romántico, uno necesita hablar las cosas y el otro sentirse comprendido, así que den espacio a "
            "ambas necesidades."
        ),
        (Element.WATER, Element.WATER): (
            "Entre ustedes el romance es íntimo e intuitivo, aunque ayuda decir en voz alta lo que cada uno espera en "
            "silencio."
        ),
    },
    love_distance=(
        (
            "Querer a alguien tan parecido a ti es como volver a casa, pero conserva algo de misterio cultivando tus "
            "propias aficiones."
        ),
        (
            "Con signos vecinos, las pequeñas diferencias de costumbres piden una negociación amable, no un "
            "resentimiento silencioso."
        ),
        (
            "Entre los dos el romance nace con facilidad de la amistad, y los intereses compartidos mantienen fresca "
            "la atracción."
        ),
        (
            "La cuadratura entre sus signos trae química y choques a partes iguales, así que peleen limpio y "
            "hagan las paces con cariño."
        ),
        (
            "El trígono entre sus signos hace que el cariño fluya de forma natural, y los pequeños detalles "
            "románticos evitan que se vuelva rutina."
        ),
        (
            "El amor a través de un quincuncio pide curiosidad: sigue preguntando a tu pareja qué necesita en lugar de "
            "adivinarlo."
        ),
        (
            "La atracción entre signos opuestos es intensa en el amor, y se hace más profunda a medida que cada uno "
            "aprende de la forma de ser del otro."
        ),
    ),
    friendship={
        (Element.FIRE, Element.FIRE): (
            "Como amigos, los dos se retan mutuamente a probar cosas nuevas, y a su alrededor la vida rara vez es "
            "aburrida."
        ),
        (Element.FIRE, Element.EARTH): (
            "Esta amistad une un espíritu aventurero con uno realista, y cada uno libra al otro de líos a su manera."
        ),
        (Element.FIRE, Element.AIR): (
            "Esta amistad se alimenta de aventuras compartidas y largas charlas, y los planes entre los dos "
            "tienden a multiplicarse."
        ),
        (Element.FIRE, Element.WATER): (
            "Como amigos, uno aporta valor y el otro empatía, y ambas cosas vienen muy bien cuando la vida se complica."
        ),
        (Element.EARTH, Element.EARTH): (
            "Forman una de esas amistades que se presentan con ayuda práctica, sin hacer preguntas."
        ),
        (Element.EARTH, Element.AIR): (
            "Como amigos se complementan: uno aporta ideas frescas y el otro, una sensata dosis de realidad."
        ),
        (Element.EARTH, Element.WATER): (
            "Es una amistad leal y sin dramas, en la que una velada tranquila juntos puede significar más que "
            "cualquier fiesta."
        ),
        (Element.AIR, Element.AIR): (
            "Esta amistad es una larga conversación, llena de bromas privadas, enlaces que se mandan y "
            "opiniones sobre todo."
        ),
        (Element.AIR, Element.WATER): (
            "Uno quiere analizar el problema y el otro solo busca consuelo, así que conviene preguntar primero qué "
            "tipo de apoyo hace falta."
        ),
        (Element.WATER, Element.WATER): (
            "Como amigos, cada uno intuye cómo se siente el otro, y los dos se ofrecen un refugio seguro para las "
            "confidencias."
        ),
    },
    friendship_distance=(
        (
            "Los amigos del mismo signo comparten un código que a los demás se les escapa, y también la misma vena "
            "testaruda."
        ),
        "Como signos vecinos, se cubren discretamente las carencias el uno al otro sin necesidad de señalarlas.",
        (
            "El sextil es uno de los aspectos más amistosos que existen, y este lazo puede durar años con muy poco "
            "mantenimiento."
        ),
        (
            "Como amigos tienen sus roces, pero los desacuerdos sinceros suelen reforzar la amistad en lugar de "
            "debilitarla."
        ),
        (
            "Con un trígono entre sus signos, la amistad no cuesta ningún esfuerzo y pueden retomarla justo donde "
            "la dejaron."
        ),
        (
            "Sobre el papel parece una amistad improbable, pero funciona porque cada uno le muestra al otro un mundo "
            "distinto."
        ),
        (
            "Como amigos de signos opuestos, ven las cosas desde los dos extremos, y por eso los consejos que se "
            "dan valen tanto."
        ),
    ),
    work={
        (Element.FIRE, Element.FIRE): (
            "En el trabajo los dos aportan energía y ambición, así que repartan el protagonismo con justicia y "
            "comprueben quién se ocupa de los detalles."
        ),
        (Element.FIRE, Element.EARTH): (
            "En un proyecto común, uno pone el impulso y el otro la ejecución, una mezcla potente cuando aprietan "
            "los plazos."
        ),
        (Element.FIRE, Element.AIR): (
            "Trabajando juntos generan ideas rápido y saben venderlas, aunque alguien tiene que encargarse del "
            "seguimiento."
        ),
        (Element.FIRE, Element.WATER): (
            "Como colegas, uno empuja hacia delante mientras el otro toma el pulso al ambiente, y ambos instintos "
            "ayudan al equipo."
        ),
        (Element.EARTH, Element.EARTH): (
            "Como compañeros de trabajo son fiables y minuciosos, y juntos logran resultados sólidos en los que "
            "los demás pueden confiar."
        ),
        (Element.EARTH, Element.AIR): (
            "En el trabajo, uno diseña la estrategia y el otro la contrasta con la realidad, lo que evita errores "
            "costosos."
        ),
        (Element.EARTH, Element.WATER): (
            "Codo con codo, combinan la destreza práctica con la intuición de lo que la gente necesita, y se nota "
            "en lo que hacen."
        ),
        (Element.AIR, Element.AIR): (
            "Como colegas brillan en las lluvias de ideas y a la hora de hacer contactos, pero conviene dejar por "
            "escrito quién termina cada tarea."
        ),
        (Element.AIR, Element.WATER): (
            "En un equipo, uno pone la lógica y el otro mantiene alta la moral del grupo, así que valoren por "
            "igual las dos aportaciones."
        ),
        (Element.WATER, Element.WATER): (
            "Los dos trabajan bien en todo lo que requiere cuidado o creatividad, aunque las decisiones pueden "
            "atascarse mientras tantean el ambiente."
        ),
    },
    work_distance=(
        (
            "Trabajar con alguien de tu mismo signo significa compartir métodos y objetivos, así que busca una tercera "
            "opinión antes de las grandes decisiones."
        ),
        (
            "En el trabajo, los signos vecinos dominan habilidades contiguas, así que conviene repartir las tareas "
            "según lo que cada uno hace mejor."
        ),
        (
            "El sextil entre sus signos favorece la cooperación, y los proyectos conjuntos suelen abrir oportunidades "
            "para ambos."
        ),
        (
            "Trabajar a través de una cuadratura puede generar tensión, pero esa presión a menudo da lugar a los "
            "logros más ambiciosos de los dos."
        ),
        (
            "Con un trígono que une sus signos, las tareas pasan de uno a otro con fluidez y surge un ritmo "
            "compartido sin necesidad de hablarlo mucho."
        ),
        (
            "En el día a día laboral, sus enfoques rara vez encajan al principio, así que fijen expectativas "
            "claras y pónganse al día a menudo."
        ),
        (
            "Como compañeros de signos opuestos, equilibran sus puntos fuertes, siempre que negocien en lugar "
            "de competir."
        ),
    ),
    day={
        "moon_in_one": (
            (
                "Con la Luna {moon_in}, el signo de uno de los dos, hoy son las emociones de esa persona las que "
                "marcan el tono para ambos."
            ),
            (
                "La Luna {moon_in} pone hoy el foco en uno de ustedes, así que quien lo note con más fuerza debería "
                "decir lo que necesita."
            ),
            (
                "Hoy la Luna está {moon_in}, como en casa para uno de ustedes, y las emociones se leen con más "
                "facilidad entre ambos."
            ),
        ),
        "moon_in_shared_element": (
            (
                "La Luna {moon_in} comparte hoy elemento con uno de los dos, así que confíen en el instinto de quien "
                "hoy se siente en su elemento."
            ),
            "Hoy, con la Luna {moon_in}, un elemento familiar tiñe el día y cooperar cuesta menos.",
            (
                "Un elemento que ambos conocen bien regresa con la Luna {moon_in}, así que hoy conviene apostar por "
                "los planes compartidos más que por los individuales."
            ),
        ),
        "moon_harmonious": (
            "La Luna {moon_in} mira hoy con buenos ojos a los dos signos: buen momento para hacer planes juntos.",
            (
                "Con la Luna {moon_in} en buen aspecto con ambos, el día favorece la conversación sincera y los gestos "
                "generosos."
            ),
            (
                "Hoy la Luna {moon_in} allana el camino entre ustedes, así que quizá resulte más fácil sacar un tema "
                "delicado."
            ),
        ),
        "moon_tense": (
            "La Luna {moon_in} presiona hoy a uno de los dos, así que cuenten con una mecha más corta de lo habitual.",
            "Con la Luna {moon_in} en un ángulo tenso, hoy es mejor escuchar que intentar zanjar viejas discusiones.",
            (
                "Hoy la Luna {moon_in} puede dejar inquieto a uno de ustedes, y un poco de paciencia extra ayudará "
                "a los dos."
            ),
        ),
        "moon_neutral": (
            (
                "Con la Luna {moon_in}, el día no empuja con fuerza en ninguna dirección, así que el ambiente entre "
                "los dos queda en sus manos."
            ),
            "La Luna {moon_in} se queda hoy en segundo plano, buen momento para compartir las rutinas de siempre.",
            "Hoy la Luna {moon_in} los deja libres para marcar su propio ritmo y encontrarse a medio camino.",
        ),
    },
)
