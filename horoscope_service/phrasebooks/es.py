from horoscope_service.model import Aspect, Body, MoonPhase
from horoscope_service.phrasebooks import Phrasebook

_SIGNS = ("Aries", "Tauro", "Géminis", "Cáncer", "Leo", "Virgo",
          "Libra", "Escorpio", "Sagitario", "Capricornio", "Acuario", "Piscis")

BOOK = Phrasebook(
    signs=_SIGNS,
    # As it follows "la Luna" or "está": "la Luna en Cáncer", "está en Virgo".
    in_signs=tuple(f"en {s}" for s in _SIGNS),
    planets={Body.SUN: "el Sol", Body.MOON: "la Luna", Body.MERCURY: "Mercurio", Body.VENUS: "Venus",
             Body.MARS: "Marte", Body.JUPITER: "Júpiter", Body.SATURN: "Saturno", Body.URANUS: "Urano",
             Body.NEPTUNE: "Neptuno", Body.PLUTO: "Plutón"},
    on_weekdays=("el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "el sábado", "el domingo"),
    today="hoy",
    this_week="esta semana",
    this_month="este mes",

    # ---- Daily summary ----
    moon_house=(
        # 1: self, body, appearance (the Moon in the reader's own sign)
        ("Tus propios sentimientos marcan el ritmo mientras la Luna está {moon_in}, tu signo, así que deja que tu "
         "primer instinto guíe las decisiones pequeñas.",
         "Tu rostro habla por ti con la Luna {moon_in}: deja que transmita calidez y no preocupación.",
         "Una vez al mes la Luna vuelve a tu signo, y ahora está {moon_in}: durante un día, pon tus necesidades en "
         "primer lugar.",
         "La energía regresa a tu cuerpo bajo una Luna {moon_in}, así que muévete, estírate y ocupa un poco más de "
         "espacio."),
        # 2: money, possessions, values
        ("Los asuntos de dinero pasan a primer plano mientras la Luna está {moon_in}; revisa esa factura o esa cuenta "
         "que llevas tiempo evitando.",
         "Lo que tienes y lo que valoras se someten a revisión con la Luna {moon_in}: quédate con lo que usas y da "
         "salida al resto.",
         "¿Tus gastos van en línea con lo que de verdad te importa? Una Luna {moon_in} deja la respuesta a la vista.",
         "La comodidad y la seguridad pesan más de lo habitual ahora que la Luna está {moon_in}, y un pequeño capricho "
         "que puedas permitirte está bien merecido."),
        # 3: messages, siblings, neighborhood, short trips
        ("Mensajes, llamadas y recados rápidos llenan las horas con la Luna {moon_in}; haz una lista para que no se te "
         "escape nada.",
         "Un hermano, una hermana o un vecino puede traerte noticias, y la Luna {moon_in} hace que la conversación "
         "fluya.",
         "Da un rodeo de camino a la tienda: los paseos cortos por tu barrio te despejan mientras la Luna está "
         "{moon_in}.",
         "Tus palabras caen bien bajo una Luna {moon_in}, así que envía ese correo que llevas días redactando de "
         "cabeza."),
        # 4: home, family, roots
        ("El hogar y la familia reclaman tu atención mientras la Luna está {moon_in}, y una noche en casa puede ser "
         "justo lo que necesitas.",
         "Llamar a tu padre, a tu madre o a un viejo amigo de la familia significa más de lo que imaginas con la Luna "
         "{moon_in}.",
         "Despeja una superficie, abre una ventana, enciende una lámpara: bajo una Luna {moon_in}, tu entorno moldea "
         "tu estado de ánimo.",
         "Los recuerdos del lugar donde creciste afloran con facilidad ahora que la Luna está {moon_in}, y te muestran "
         "qué te hace sentir a salvo."),
        # 5: romance, play, creativity, children
        ("El romance y el juego se animan mientras la Luna está {moon_in}; reserva un hueco para algo que hagas solo "
         "por placer.",
         "Las ideas creativas llegan deprisa con la Luna {moon_in}, así que dibuja, cocina, canta o escribe antes de "
         "que se esfume la inspiración.",
         "Coquetear te sale solo bajo una Luna {moon_in}, y una invitación espontánea podría convertirse en una velada "
         "preciosa.",
         "Pasar tiempo con niños, o con tu lado más juguetón, te devuelve la energía mientras la Luna siga {moon_in}."),
        # 6: daily work, routine, health
        ("Tus rutinas diarias piden un ajuste mientras la Luna está {moon_in}: un buen hábito nuevo vale más que un "
         "régimen completo.",
         "Tu lista de pendientes se reduce deprisa con la Luna {moon_in}, sobre todo esas gestiones aburridas que "
         "sigues aplazando.",
         "Trabaja en bloques constantes y come a horas regulares; una Luna {moon_in} premia el ritmo más que las "
         "hazañas.",
         "El agua, el sueño y un paseo diario te sientan mejor que de costumbre, ya que la Luna {moon_in} pone el foco "
         "en tu bienestar."),
        # 7: partners, contracts, one-to-one
        ("Tu pareja y tus aliados más cercanos ocupan el centro de la escena mientras la Luna está {moon_in}, así que "
         "dedica tiempo a quien te respalda.",
         "Las conversaciones cara a cara ganan profundidad con la Luna {moon_in}; busca un lugar tranquilo y escucha "
         "de verdad.",
         "Lee los acuerdos dos veces y aclara quién hace qué: la Luna {moon_in} somete contratos y promesas a "
         "revisión.",
         "Bajo una Luna {moon_in}, alguien cercano te devuelve como un espejo tu propio estado de ánimo, y quizá "
         "descubras algo sobre ti."),
        # 8: shared resources, intimacy, debts, transformation
        ("El dinero compartido, los préstamos y las decisiones conjuntas piden una conversación sincera, y la Luna "
         "{moon_in} te ayuda a iniciarla.",
         "La intimidad pide más confianza que palabras con la Luna {moon_in}; deja que alguien vea tu lado más tierno.",
         "Saldar una deuda, aunque sea pequeña, o devolver un viejo favor resulta liberador ahora que la Luna está "
         "{moon_in}.",
         "Algo que se te ha quedado pequeño está listo para marcharse, y la Luna {moon_in} te da el valor de "
         "soltarlo."),
        # 9: travel, study, beliefs
        ("Los lugares lejanos te tientan mientras la Luna está {moon_in}; empieza a informarte sobre ese viaje que no "
         "dejas de imaginar.",
         "Un libro, un curso o una larga conversación te abren la mente con la Luna {moon_in}.",
         "Escucha a alguien que ve el mundo de otra manera: una Luna {moon_in} pone tus creencias a prueba, en tono "
         "amistoso.",
         "La rutina sabe a poco cuando la Luna está {moon_in}, así que cambia de aires con una cafetería nueva, otra "
         "ruta u otro tema."),
        # 10: career, standing, reputation
        ("Los asuntos profesionales se hacen visibles mientras la Luna está {moon_in}, y quienes mandan se fijan en "
         "cómo manejas la presión.",
         "Tu eficacia silenciosa va forjando tu reputación con la Luna {moon_in}; deja que los resultados hablen antes "
         "que tú.",
         "La ambición despierta bajo una Luna {moon_in}: anota la meta que quieres alcanzar en el trabajo y un paso "
         "para acercarte a ella.",
         "Cómo te ven en el trabajo importa más de lo habitual cuando la Luna está {moon_in}; haz promesas pequeñas y "
         "cúmplelas todas."),
        # 11: friends, groups, hopes
        ("Los amigos y los grupos sacan lo mejor de ti durante la estancia de la Luna {moon_in}, así que di que sí a "
         "ese plan en grupo.",
         "Una vieja ilusión vuelve a cobrar vida con la Luna {moon_in}, y puede que un amigo sepa cómo ayudarte.",
         "Reparte la carga y también el mérito: el trabajo en equipo fluye con facilidad bajo una Luna {moon_in}.",
         "Retoma el contacto con alguien a quien perdiste la pista; la Luna {moon_in} favorece tu círculo más amplio."),
        # 12: rest, solitude, what is hidden
        ("El descanso y la soledad te sientan bien mientras la Luna está {moon_in}; protege una hora libre de "
         "exigencias.",
         "Las horas tranquilas te recargan con la Luna {moon_in}, y una siesta o acostarte pronto no es ningún lujo.",
         "Los sentimientos ocultos salen a la superficie con suavidad bajo una Luna {moon_in}; ponerlos por escrito te "
         "ayuda a entenderlos.",
         "Lo que preparas lejos de las miradas cuenta más que lo que muestras cuando la Luna está {moon_in}; planifica "
         "en vez de actuar de cara a la galería."),
    ),
    lunar_aspects={
        # The Sun: will, vitality, visibility
        (Body.SUN, Aspect.CONJUNCTION): (
            "La conjunción de la Luna con el Sol une corazón y voluntad, así que lo que quieres y lo que sientes por "
            "fin van de la mano.",
            "Con la Luna unida al Sol, tu energía se concentra en un solo punto: elige un único objetivo y vuelca en "
            "él todas tus fuerzas.",
            "Cuando la Luna se encuentra con el Sol, un reinicio silencioso invita a fijar una intención más que a dar "
            "espectáculo.",
        ),
        (Body.SUN, Aspect.SEXTILE): (
            "El sextil de la Luna con el Sol abre una pequeña ventana para hacerte notar; da un paso al frente y "
            "propón tu idea.",
            "Un sextil entre la Luna y el Sol te presta una vitalidad constante, pero solo si la inviertes en algo que "
            "importe.",
            "El apoyo de quienes mandan está a tu alcance bajo el sextil de la Luna con el Sol, así que pide lo que "
            "necesitas.",
        ),
        (Body.SUN, Aspect.SQUARE): (
            "La Luna forma cuadratura con el Sol, y tus sentimientos y tus metas tiran en direcciones opuestas; "
            "atiende primero lo que no admite espera.",
            "La tensión de la cuadratura entre la Luna y el Sol puede provocarte inquietud, y esa inquietud es el "
            "combustible perfecto para una tarea estancada.",
            "El orgullo se resiente con facilidad bajo la cuadratura de la Luna con el Sol; convierte la irritación en "
            "un paso decidido.",
        ),
        (Body.SUN, Aspect.TRINE): (
            "El trígono de la Luna con el Sol hace que cabeza y corazón trabajen juntos, y los planes avanzan sin "
            "forzarlos.",
            "La confianza surge de forma natural con la Luna en trígono con el Sol, así que déjate ver y disfrútalo.",
            "Un trígono de la Luna con el Sol repone tu vitalidad; gasta parte de ella a la luz del día y al aire "
            "libre.",
        ),
        (Body.SUN, Aspect.OPPOSITION): (
            "La Luna se opone al Sol, y lo que necesitas tira en contra de lo que quieres; un equilibrio justo vale "
            "más que una victoria total.",
            "Frente al Sol, la Luna ilumina de lleno tus decisiones, y los demás ven con claridad lo que defiendes.",
            "Con la Luna en oposición al Sol, dos facetas de tu vida reclaman el mismo tiempo: dale a cada una su "
            "hora.",
        ),
        # Mercury: talk, plans, messages
        (Body.MERCURY, Aspect.CONJUNCTION): (
            "La conjunción de la Luna con Mercurio te llena la cabeza de ideas y el teléfono de mensajes; apunta las "
            "mejores.",
            "Sentimientos y palabras se funden cuando la Luna se encuentra con Mercurio, así que di lo que quieres "
            "decir ahora que está fresco.",
            "Con la Luna unida a Mercurio, una charla puede intensificarse enseguida; mantén un tono más ligero que "
            "tus pensamientos.",
        ),
        (Body.MERCURY, Aspect.SEXTILE): (
            "El sextil de la Luna con Mercurio abre la puerta a una conversación útil; haz tú la llamada en lugar de "
            "esperarla.",
            "Un sextil de la Luna con Mercurio ayuda a que los planes encajen si te sientas a trazarlos con calma.",
            "Los mensajes enviados bajo el sextil de la Luna con Mercurio encuentran un lector amable, así que "
            "responde al que más tiempo lleva esperando.",
        ),
        (Body.MERCURY, Aspect.SQUARE): (
            "La Luna forma cuadratura con Mercurio, y las palabras pueden salir más afiladas de lo que pretendes; haz "
            "una pausa antes de pulsar «enviar».",
            "Las señales contradictorias de la cuadratura de la Luna con Mercurio te empujan a concretar un plan que "
            "era demasiado vago.",
            "Un pequeño malentendido bajo la cuadratura de la Luna con Mercurio es tu señal para hacer la pregunta "
            "directa.",
        ),
        (Body.MERCURY, Aspect.TRINE): (
            "El trígono de la Luna con Mercurio facilita la conversación, así que saca ese tema que normalmente te "
            "resulta incómodo.",
            "Planes y papeleo fluyen bajo el trígono de la Luna con Mercurio; quítate de encima los pendientes de una "
            "sentada.",
            "Con la Luna en trígono con Mercurio, lo que aprendes se queda: lee, escucha o toma notas sobre algo "
            "nuevo.",
        ),
        (Body.MERCURY, Aspect.OPPOSITION): (
            "La Luna se opone a Mercurio, así que la cabeza y el corazón discuten; deja que cada uno diga lo suyo "
            "antes de decidir.",
            "Frente a Mercurio, la Luna te muestra la otra cara de una discusión, y escuchar te lleva más lejos que "
            "rebatir.",
            "Con la Luna en oposición a Mercurio, tus planes se cruzan con los de otra persona; negocia los detalles "
            "hasta que ambos encajen.",
        ),
        # Venus: affection, pleasure, money spent
        (Body.VENUS, Aspect.CONJUNCTION): (
            "La conjunción de la Luna con Venus envuelve el día en afecto; dile a alguien con claridad que te importa.",
            "Placer y comodidad se funden cuando la Luna se encuentra con Venus, así que disfruta de la buena comida o "
            "de la música sin culpa.",
            "Con la Luna unida a Venus, las ganas de gastar aprietan; compra una cosa bonita, no cinco.",
        ),
        (Body.VENUS, Aspect.SEXTILE): (
            "El sextil de la Luna con Venus trae una ocasión para el cariño, pero el primer gesto amable te toca a ti.",
            "Un sextil entre la Luna y Venus premia los pequeños detalles, como una nota, una flor o un café "
            "compartido.",
            "Una compra inteligente o un trato justo están a tu alcance bajo el sextil de la Luna con Venus, si te "
            "decides a actuar.",
        ),
        (Body.VENUS, Aspect.SQUARE): (
            "La Luna forma cuadratura con Venus, y querer más puede llevarte a gastar de más; fija un límite antes de "
            "ir de compras.",
            "La tensión de la cuadratura entre la Luna y Venus despierta pequeños celos; di lo que necesitas en lugar "
            "de enfurruñarte.",
            "Los caprichos fáciles tientan bajo la cuadratura de la Luna con Venus, así que elige uno del que mañana "
            "te sigas alegrando.",
        ),
        (Body.VENUS, Aspect.TRINE): (
            "El trígono de la Luna con Venus trae cariño sin esfuerzo y buena compañía; di que sí a una invitación.",
            "La belleza está al alcance de la mano con la Luna en trígono con Venus, así que renueva un rincón de casa "
            "o ponte tu color favorito.",
            "Dinero y placer se equilibran bien bajo el trígono de la Luna con Venus, y un capricho modesto sabe a "
            "lujo.",
        ),
        (Body.VENUS, Aspect.OPPOSITION): (
            "La Luna se opone a Venus, y tus necesidades pueden chocar con los gustos de otra persona; busca el "
            "terreno común.",
            "Con la Luna en oposición a Venus, dar y recibir cariño pide equilibrio; deja que alguien haga algo por "
            "ti.",
            "Frente a Venus, la Luna tira de tu cartera en dos direcciones, hacia el ahorro y hacia los caprichos; "
            "busca el término medio.",
        ),
        # Mars: drive, anger, action
        (Body.MARS, Aspect.CONJUNCTION): (
            "La conjunción de la Luna con Marte te carga de empuje; dirígelo a una tarea física y verás cómo se "
            "encoge.",
            "Los ánimos se calientan cuando la Luna se encuentra con Marte, así que cuenta hasta diez antes de "
            "responder a una provocación.",
            "Con la Luna unida a Marte, el valor llega solo; empieza eso a lo que llevas semanas dando vueltas.",
        ),
        (Body.MARS, Aspect.SEXTILE): (
            "El sextil de la Luna con Marte te da el empujón justo para empezar; da el primer paso antes del mediodía.",
            "Un sextil de la Luna con Marte favorece la acción ágil: ocúpate del recado, del entrenamiento o de la "
            "reparación.",
            "Hacerte valer te resulta fácil bajo el sextil de la Luna con Marte, siempre que lo hagas con calma.",
        ),
        (Body.MARS, Aspect.SQUARE): (
            "La Luna forma cuadratura con Marte, así que el genio se enciende rápido; pon ese fuego en el esfuerzo y "
            "no en las discusiones.",
            "La tensión de la cuadratura entre la Luna y Marte te vuelve impaciente, señal de que toca arreglar lo que "
            "te molesta.",
            "Las prisas traen pequeños errores bajo la cuadratura de la Luna con Marte; quema ese impulso con un paseo "
            "enérgico o un entrenamiento.",
        ),
        (Body.MARS, Aspect.TRINE): (
            "El trígono de la Luna con Marte convierte la energía en avances sin desgaste; ponte con un trabajo de más "
            "envergadura.",
            "Con el respaldo del trígono de la Luna con Marte, actúas con seguridad y los demás siguen tu ejemplo de "
            "buena gana.",
            "El esfuerzo físico sienta bien bajo el trígono de la Luna con Marte, así que corre, baila, levanta pesas "
            "o cava en el jardín.",
        ),
        (Body.MARS, Aspect.OPPOSITION): (
            "La Luna se opone a Marte, y el empuje de otra persona puede chocar con el tuyo; aclara quién lleva la "
            "batuta en cada cosa.",
            "Con la Luna en oposición a Marte, el enfado, venga de quien venga, es una señal y no un veredicto; da un "
            "paso atrás y deja que se enfríen los ánimos.",
            "Frente a Marte, la Luna te pide equilibrar el avance y la contención; elige, como mucho, una batalla.",
        ),
        # Jupiter: luck, growth, generosity
        (Body.JUPITER, Aspect.CONJUNCTION): (
            "La conjunción de la Luna con Júpiter dispara el optimismo y la buena voluntad; comparte tu buena suerte "
            "con generosidad.",
            "Todo parece más grande cuando la Luna se encuentra con Júpiter, el apetito incluido, así que disfruta de "
            "la abundancia con un poco de moderación.",
            "Con la Luna unida a Júpiter, un gesto generoso vuelve a ti de la forma más inesperada.",
        ),
        (Body.JUPITER, Aspect.SEXTILE): (
            "El sextil de la Luna con Júpiter abre una puerta afortunada, pero aún tienes que llamar; envía la "
            "solicitud o presenta tu propuesta.",
            "Un sextil entre la Luna y Júpiter favorece el aprendizaje y el crecimiento; apúntate a eso que te "
            "ilusiona.",
            "Una palabra amable tuya llega más lejos de lo que esperas bajo el sextil de la Luna con Júpiter.",
        ),
        (Body.JUPITER, Aspect.SQUARE): (
            "La Luna forma cuadratura con Júpiter, así que las promesas salen fáciles y se cumplen despacio; "
            "comprométete a menos de lo que te gustaría.",
            "La tensión de la cuadratura entre la Luna y Júpiter infla las expectativas; deja que esa ambición te "
            "empuje a planificar como es debido.",
            "La generosidad puede pasarse de la raya bajo la cuadratura de la Luna con Júpiter; regala tiempo en lugar "
            "de dinero.",
        ),
        (Body.JUPITER, Aspect.TRINE): (
            "El trígono de la Luna con Júpiter trae suerte fácil y buen humor; fíate de una corazonada esperanzadora.",
            "El crecimiento llega sin forzarlo bajo el trígono de la Luna con Júpiter, y un pequeño esfuerzo rinde "
            "mucho.",
            "La gente se muestra generosa con su ayuda bajo el trígono de la Luna con Júpiter, así que acéptala con "
            "elegancia.",
        ),
        (Body.JUPITER, Aspect.OPPOSITION): (
            "La Luna se opone a Júpiter, y las grandes esperanzas se topan con las necesidades cotidianas; mantén un "
            "pie en el suelo.",
            "Con la Luna en oposición a Júpiter, compensa tu generosidad con los demás sin dejar de tratarte a ti con "
            "justicia.",
            "Frente a Júpiter, la Luna pone en la balanza «más» y «suficiente»; decide qué te llenaría de verdad.",
        ),
        # Saturn: duty, limits, patience
        (Body.SATURN, Aspect.CONJUNCTION): (
            "La conjunción de la Luna con Saturno vuelve los sentimientos serios y concentrados; usa esa gravedad para "
            "cumplir con una obligación.",
            "La responsabilidad pesa cuando la Luna se encuentra con Saturno, así que aligérala empezando por la parte "
            "más difícil.",
            "Con la Luna unida a Saturno, quizá te apetezca guardar las distancias, un ánimo que encaja con el trabajo "
            "minucioso y solitario.",
        ),
        (Body.SATURN, Aspect.SEXTILE): (
            "El sextil de la Luna con Saturno brinda la ocasión de construir algo duradero; coloca un ladrillo sólido.",
            "Un sextil de la Luna con Saturno te ayuda a organizarte: haz el horario y cúmplelo.",
            "Alguien mayor o con más experiencia puede aconsejarte bajo el sextil de la Luna con Saturno, si se lo "
            "pides.",
        ),
        (Body.SATURN, Aspect.SQUARE): (
            "La Luna forma cuadratura con Saturno, así que los límites aprietan; trabaja con ellos, no contra ellos.",
            "La tensión de la cuadratura entre la Luna y Saturno puede parecer un muro; tómala como una lista de lo "
            "que aún queda por hacer.",
            "Un retraso bajo la cuadratura de la Luna con Saturno pone a prueba tu paciencia y te muestra qué plan es "
            "lo bastante sólido.",
        ),
        (Body.SATURN, Aspect.TRINE): (
            "El trígono de la Luna con Saturno hace que la disciplina resulte natural; comprométete con una rutina que "
            "puedas mantener.",
            "Con la Luna en trígono con Saturno, el esfuerzo paciente da fruto, y una tarea larga avanza un paso de "
            "verdad.",
            "El pulso firme y la mente serena llegan con el trígono de la Luna con Saturno, así que ocúpate del "
            "papeleo o del presupuesto.",
        ),
        (Body.SATURN, Aspect.OPPOSITION): (
            "La Luna se opone a Saturno, y el deber tira en contra del sentimiento; respeta ambos fijando una hora "
            "clara para dejar de trabajar.",
            "Con la Luna en oposición a Saturno, las normas de alguien pueden incomodarte; negocia el límite en lugar "
            "de guardarle rencor.",
            "Frente a Saturno, la Luna te pide sopesar comodidad y responsabilidad; descansa en cuanto esté hecho lo "
            "esencial.",
        ),
    },
    phases={
        MoonPhase.NEW_MOON: (
            "La Luna nueva deja la pizarra en blanco: siembra una intención y, de momento, guárdala en silencio.",
            "El cielo inicia un nuevo ciclo lunar, buen momento para decidir qué quieres de verdad a partir de ahora.",
            "Con la Luna nueva la energía es escasa pero nítida, así que elige un punto de partida en lugar de una "
            "línea de meta.",
            "Esta Luna oscura se presta más a planificar en silencio que a la acción ruidosa; escribe tu objetivo en "
            "un papel.",
            "La Luna nueva marca el primer día del mes lunar: empieza un hábito que te gustaría mantener durante "
            "cuatro semanas.",
        ),
        MoonPhase.WAXING_CRESCENT: (
            "La joven Luna creciente favorece los primeros pasos pequeños más que los grandes anuncios.",
            "Con la Luna creciendo otra vez, el impulso nace del esfuerzo modesto y constante.",
            "Un fino creciente vuelve al cielo del atardecer, y con él la confianza para intentarlo.",
            "Las dudas son normales en la fase creciente; respóndeles haciendo una pequeña cosa más.",
            "Reúne lo que necesitas mientras la Luna crece: información, herramientas y las personas adecuadas.",
        ),
        MoonPhase.FIRST_QUARTER: (
            "El cuarto creciente pone a prueba tu determinación: pasa a la acción con lo que empezaste.",
            "Medio iluminada y en ascenso, la Luna te pide una decisión que vienes aplazando.",
            "Los obstáculos llegan puntuales en el cuarto creciente, y cada uno que superas te hace más fuerte.",
            "El cuarto creciente premia el compromiso, así que elige un camino y deja de sopesarlos todos.",
            "Una Luna en cuarto creciente lleva los planes de la idea al esfuerzo; reserva tiempo para trabajar de "
            "verdad.",
        ),
        MoonPhase.WAXING_GIBBOUS: (
            "La Luna está casi llena: pule y perfecciona en lugar de empezar de cero.",
            "Una Luna gibosa creciente premia la paciencia con los detalles.",
            "Con la Luna casi redonda, corrige el rumbo antes de que lleguen los resultados.",
            "La Luna gibosa es tiempo de editar: recorta lo que no funciona y refuerza lo que sí.",
            "La expectación crece a medida que la Luna se llena, así que prepárate en lugar de preocuparte.",
        ),
        MoonPhase.FULL_MOON: (
            "La Luna llena ilumina lo que estaba oculto, dentro y fuera de ti.",
            "Bajo la Luna llena, las emociones se intensifican y las verdades salen a la luz.",
            "La Luna llena precipita los acontecimientos, y un asunto que venía creciendo llega a su punto álgido.",
            "Las emociones brillan con fuerza bajo la Luna llena y el sueño puede ser más ligero, así que desconecta "
            "temprano.",
            "La Luna llena es momento de celebrar los avances y reconocer lo que has logrado desde la Luna nueva.",
        ),
        MoonPhase.WANING_GIBBOUS: (
            "La Luna menguante dirige la atención a compartir lo que has aprendido.",
            "Cuando la Luna empieza a menguar, la gratitud y la generosidad fluyen solas.",
            "La Luna gibosa menguante es ideal para enseñar, guiar a alguien y pasar un buen consejo.",
            "Pasado el clímax de la Luna llena, haz balance: ¿qué ha funcionado y qué harías de otra manera?",
            "A medida que la luz empieza a menguar, baja el ritmo y digiere las dos últimas semanas.",
        ),
        MoonPhase.LAST_QUARTER: (
            "El cuarto menguante te invita a soltar un hábito que ya no te sirve.",
            "Con la Luna a medio oscurecer, despejar vale más que acumular.",
            "El cuarto menguante es un punto de inflexión para hacer limpieza, desde los armarios hasta los "
            "compromisos.",
            "Medio iluminada y apagándose, la Luna te pide terminar, perdonar y archivar.",
            "En el cuarto menguante, renegocia un compromiso que se ha vuelto demasiado pesado de llevar.",
        ),
        MoonPhase.WANING_CRESCENT: (
            "La Luna fina que se apaga pide descanso antes de que empiece el próximo ciclo.",
            "Una Luna balsámica favorece la reflexión, el sueño y los cierres tranquilos.",
            "La energía baja en los últimos días del ciclo lunar; toma el cansancio como información, no como un "
            "fracaso.",
            "La última fase menguante cierra el mes lunar, así que ata los cabos sueltos y deja algo de espacio libre.",
            "Los sueños y las ensoñaciones son vívidos con la Luna menguante, y merece la pena anotar algunos.",
        ),
    },
    moon_moves=("La Luna empieza el día {moon_in} y lo termina {next_in}, así que el ánimo cambia con el paso de las "
                "horas."),
    station_direct=(
        "{planet} retoma su marcha directa {when}, y los asuntos que estaban parados vuelven a moverse.",
        "{planet} termina su retrogradación {when}: lo que estaba atascado empieza a soltarse.",
        "{planet} reanuda su avance {when}, así que un plan que dejaste en pausa puede seguir adelante con mejor "
        "información.",
        "{planet} hace estación directa {when}; date un día o dos antes de apretar a fondo.",
        "{planet} endereza su rumbo {when}, y lo aprendido durante el parón resulta más fácil de aplicar.",
        "Se cierra una larga revisión ahora que {planet} vuelve a la marcha directa {when}; decide qué te quedas de "
        "ella.",
        "{planet} pasa a movimiento directo {when}, y por fin puede llegar una respuesta o una decisión que se hacía "
        "esperar.",
        "{planet} vuelve a avanzar {when}; retoma el proyecto que dejaste aparcado y dale un buen empujón.",
    ),
    station_retrograde=(
        "{planet} inicia su retrogradación {when}, así que baja el ritmo y revisa antes de lanzarte.",
        "{planet} hace estación retrógrada {when}; cuenta con algunos retrasos y aprovéchalos para repasar.",
        "{planet} comienza su fase retrógrada {when}, una temporada para segundos borradores más que para estrenos.",
        "{planet} parece detenerse y dar marcha atrás {when}, y los asuntos pendientes vuelven a pedir atención.",
        "{planet} entra en movimiento retrógrado {when}: repasa tus decisiones recientes y corrige las que no "
        "acertaron.",
        "Ahora que {planet} emprende el camino de vuelta {when}, la paciencia te sirve más que la presión.",
        "{planet} se adentra en su retrogradación {when}; deja que los planes maduren antes de ponerlos en práctica.",
        "{planet} cambia de sentido {when} y te invita a reparar, rehacer y reconectar.",
    ),
    ingress_yours=(
        "{planet} entra en tu signo {when} y trae su energía directamente a tu puerta.",
        "{planet} llega a tu signo {when}, y empieza un capítulo nuevo para ti.",
        "{planet} cruza a tu signo {when}: sus temas se notan ahora en tu aspecto, en cómo actúas y en cómo te "
        "sientes.",
        "{planet} pasa a tu propio signo {when}, una señal para poner al día tus metas y tu imagen.",
        "{planet} se instala en tu signo {when}, así que los demás te verán con otros ojos.",
        "{planet} te acompaña en tu signo {when} y presta sus virtudes a todo lo que emprendas.",
        "{planet} alcanza tu signo {when}; aprovecha el impulso y toma la iniciativa.",
        "{planet} hace su entrada en tu signo {when}, y tus planes personales ganan peso.",
    ),
    ingress=(
        "{planet} entra {in_sign} {when}, y el clima general cambia con su llegada.",
        "{planet} cambia de signo {when} y ahora está {in_sign}; fíjate en lo que trae a primer plano.",
        "{planet} se instala {in_sign} {when}, así que su influencia adquiere un tono nuevo para todos.",
        "{planet} fija su residencia {in_sign} {when}, y otra parte de tu vida empieza a despertar.",
        "{planet} deja un signo por otro {when} y aterriza {in_sign}; adapta tus planes al nuevo clima.",
        "{planet} comienza su estancia {in_sign} {when}, y el cambio se nota poco a poco, no de golpe.",
        "Desde {when}, {planet} está {in_sign}, así que prepárate para adaptar los hábitos que encajaban con el signo "
        "anterior.",
        "{planet} se asienta {in_sign} {when}, y las primeras señales del cambio asoman en las conversaciones de cada "
        "día.",
    ),
    sun_own=(
        "El Sol está en tu signo: es tu temporada, déjate ver.",
        "Con el Sol en tu signo, tu energía y tu confianza alcanzan su punto más alto del año.",
        "Ha llegado la temporada de tu cumpleaños, así que celébrate sin pedir disculpas.",
        "El Sol ilumina tu propio signo, y la gente responde a tu iniciativa con más facilidad de lo habitual.",
        "El Sol en tu signo marca tu año nuevo personal, así que fija metas para los próximos doce meses.",
        "La vitalidad está de tu parte mientras el Sol recorre tu signo; vuélcala en un proyecto que sea de verdad "
        "tuyo.",
        "El Sol en tu signo te convierte en el centro natural de las miradas; lidera con calidez y no a base de alzar "
        "la voz.",
        "Tu rostro, tu voz y tus planes tienen un peso especial con el Sol en tu signo.",
    ),
    sun_opposite=(
        "El Sol ilumina tu signo opuesto: otros llevan la iniciativa y tú aprendes observando.",
        "El Sol, al otro lado del zodiaco, pone tus relaciones bajo una luz intensa.",
        "Con el Sol en tu signo opuesto, tanto la pareja como los rivales te muestran en qué debes trabajar.",
        "El Sol opuesto a tu signo hace de esta una temporada para el trabajo en equipo; las metas compartidas avanzan "
        "más rápido que los planes en solitario.",
        "Tu energía puede flaquear mientras el Sol está frente a tu signo, así que descansa bien y apóyate en tus "
        "aliados.",
        "El Sol mira a tu signo desde el otro lado del cielo y te pide sopesar tus necesidades frente a las de otra "
        "persona.",
        "Con el Sol en el signo opuesto al tuyo, conviene cerrar contratos y compromisos.",
        "El Sol en el signo opuesto hace que ceder sea una fortaleza y no una pérdida.",
    ),
    mercury_retrograde=(
        "Mercurio está retrógrado: revisa mensajes, fechas y billetes antes de enviar o firmar.",
        "Con Mercurio retrógrado, retoma planes antiguos en lugar de lanzar otros nuevos.",
        "Mercurio retrógrado facilita los malentendidos: dilo dos veces y con amabilidad.",
        "Mercurio camina hacia atrás y puede que personas del pasado se pongan en contacto contigo; responde con la "
        "mente abierta.",
        "Mientras Mercurio esté retrógrado, deja tiempo de sobra para los desplazamientos y mantén tus planes "
        "flexibles.",
        "Mercurio retrógrado es buen momento para terminar ese libro, esa carta o esa conversación pendiente.",
        "La fase retrógrada de Mercurio retrasa respuestas y envíos, y la paciencia te ahorra mucho estrés.",
        "Con Mercurio retrógrado, las cosas perdidas suelen aparecer, así que vuelve a mirar donde ya buscaste.",
    ),
    slow_retrograde=(
        "{planet} está retrógrado, un lento recordatorio para revisar tus planes a largo plazo.",
        "{planet} sigue retrógrado, y las lecciones del pasado traen consejos útiles.",
        "{planet} continúa su retrogradación, así que las metas a largo plazo ganan con un replanteamiento paciente.",
        "{planet} lleva meses avanzando hacia atrás, y el progreso lento sigue siendo progreso.",
        "{planet} permanece retrógrado: el cambio ocurre dentro de ti antes de notarse por fuera.",
        "{planet} recorre el cielo en sentido inverso por ahora, lo que favorece terminar lo que empezaste a "
        "principios de año.",
        "{planet} vive su temporada retrógrada, una ocasión para revisar una gran decisión sin prisas.",
        "{planet} mantiene su paseo hacia atrás, así que deja que las viejas ambiciones se pongan a prueba antes de "
        "renovarlas.",
    ),
    closers=(
        "Sigue el ritmo del cielo: actúa cuando haya energía y descansa cuando se apague.",
        "Las pequeñas decisiones suman el cambio que buscas.",
        "Conserva el sentido del humor: abre más puertas que el esfuerzo por sí solo.",
        "Lo que cuides ahora crecerá en las próximas semanas.",
        "Presta tu atención con generosidad; es el regalo que la gente más recuerda.",
        "Mantén la curiosidad: la respuesta puede llegar de donde menos la esperas.",
        "Ten paciencia contigo: el crecimiento rara vez se anuncia.",
        "En caso de duda, elige la opción más amable y sigue adelante.",
        "Cierra el día nombrando una cosa que haya salido bien.",
        "Deja que la noche transcurra despacio y que las impresiones del día se asienten antes de dormir.",
        "Una frase sincera puede más que una hora de indirectas.",
        "Deja algo a medias sin remordimientos; mañana habrá hueco para ello.",
    ),

    # ---- Premium sections (daily, weekly, monthly) ----
    love=(
        "En el amor, {when} valen más las palabras sinceras que los grandes gestos.",
        "Una conversación que empieza a la ligera {when} puede llevar a algo más profundo.",
        "Si estás sin pareja, acepta la invitación que normalmente rechazarías.",
        "La ternura vale más que tener razón {when}; deja pasar una pequeña discusión.",
        "Planea algo sencillo en pareja {when}: un paseo, una comida, una hora sin pantallas.",
        "Alguien te presta más atención de la que imaginas.",
        "Los viejos patrones en el amor se ven mejor {when}, y también son más fáciles de cambiar.",
        "Comparte una ilusión que sueles guardarte; te acercará a esa persona.",
        "Deja que alguien te ayude {when}; aceptar cuidados también es una forma de cercanía.",
        "Puede que {when} llegue un mensaje que esperabas; responde con el corazón.",
        "Reír juntos {when} arregla más que una larga explicación.",
        "Fíjate en quién está a tu lado {when}, y agradéceselo en voz alta.",
    ),
    venus_retrograde=(
        "Venus está retrógrada, y pueden volver viejos sentimientos o viejos amores para una segunda mirada.",
        "Con Venus retrógrada, revisa lo que valoras antes de gastar en ello.",
        "Venus está retrógrada, así que aplaza los cambios de imagen drásticos y las grandes compras de lujo.",
        "Mientras Venus retrocede, a una relación le sienta bien hablar de su historia.",
        "Venus retrógrada te pregunta qué quieres de verdad en el amor, más allá de la costumbre.",
        "Con Venus retrógrada, reaviva un placer compartido en otros tiempos en lugar de perseguir la novedad.",
        "Venus está retrógrada: pueden aflorar viejas heridas, y una sinceridad delicada ayuda a curarlas.",
        "La fase retrógrada de Venus frena los romances nuevos y te da tiempo para ver a alguien con claridad.",
    ),
    career=(
        "En el trabajo, termina bien una tarea antes de empezar la siguiente.",
        "La idea de un colega encaja bien con la tuya; únelas {when}.",
        "En asuntos de dinero, {when} conviene leer la letra pequeña con calma.",
        "Tu paciencia con un proyecto lento está a punto de dar fruto.",
        "Toma la palabra en una reunión {when}: tu punto de vista es el que falta.",
        "Ordena tus planes y tu escritorio; la claridad trae la próxima oportunidad.",
        "Una decisión práctica tomada {when} te ahorrará problemas más adelante.",
        "Pide opinión sobre tu trabajo {when}; será más amable y útil de lo que esperas.",
        "Reserva {when} una hora tranquila para el trabajo que más importa.",
        "Un pequeño riesgo en el trabajo sale bien si lo preparas con cuidado.",
        "Di que no a una petición {when}; tu concentración merece protección.",
        "Anota la idea que no deja de volver; es más práctica de lo que parece.",
    ),
    mercury_retrograde_work=(
        "Mercurio está retrógrado, así que revisa dos veces contratos y correos antes de que salgan de tu mesa.",
        "Con Mercurio retrógrado, rescata una propuesta que quedó en el cajón; puede que ahora encaje con el momento.",
        "La fase retrógrada de Mercurio puede desbaratar las agendas, así que confirma reuniones y plazos por escrito.",
        "Mercurio retrógrado favorece revisar más que presentar propuestas; pule el trabajo que ya tienes.",
        "Mientras Mercurio retrocede, guarda tu trabajo a menudo y haz copias de todo lo importante.",
        "Mercurio está retrógrado, un buen periodo para retomar el contacto con clientes y colaboradores de proyectos "
        "anteriores.",
        "Con Mercurio retrógrado, pregunta antes de dar por hecho que has entendido una instrucción.",
        "El retroceso de Mercurio se presta más a auditorías, archivo y limpieza en el trabajo que a grandes anuncios.",
    ),
    health=(
        "Bebe más agua de lo habitual {when} y notarás la diferencia.",
        "Un paseo corto a la luz del día renueva tu energía mejor que otro café.",
        "El sueño es tu mejor aliado {when}, así que protege tu hora de acostarte.",
        "Estira la espalda y los hombros; ahí se ha ido acumulando la tensión.",
        "Elige comida sencilla y fresca {when} y cómela despacio.",
        "Respira hondo durante cinco minutos antes de un momento exigente.",
        "El movimiento que disfrutas cuenta más que el que soportas.",
        "Regala a tus ojos pausas frecuentes lejos de las pantallas {when}.",
        "Levántate y muévete unos minutos cada hora {when}.",
        "Una bebida caliente y una noche tranquila ayudan a tu cuerpo a relajarse.",
        "Escucha a tu apetito {when} más que al reloj.",
        "Pasa tiempo con gente que te haga reír; le sienta bien al cuerpo y a la mente.",
    ),
    mars_retrograde=(
        "Marte está retrógrado: dosifica tus fuerzas y termina lo que tienes entre manos antes de empezar algo nuevo.",
        "Con Marte retrógrado, la frustración es una señal para frenar, no para empujar.",
        "Marte está retrógrado, así que gana fuerza poco a poco en lugar de perseguir una marca personal.",
        "Mientras Marte retrocede, calienta bien y vuelve a un ejercicio que antes disfrutabas.",
        "Marte retrógrado puede cansarte antes de lo habitual, así que planifica descansos entre los días exigentes.",
        "Con Marte retrógrado, la rabia que se vuelve hacia dentro agota; suéltala a través del movimiento.",
        "Marte está retrógrado: atiende a las primeras señales de sobrecarga y afloja antes de que vayan a más.",
        "El retroceso de Marte premia la constancia sobre la intensidad: el esfuerzo breve y regular supera a los "
        "arrebatos repentinos.",
    ),
    moods=("optimista", "concentrado", "juguetón", "reflexivo", "seguro", "tierno", "curioso", "sereno",
           "agradecido", "audaz", "amable", "aventurero"),
    colors=("azul intenso", "verde esmeralda", "dorado", "coral", "plateado", "violeta", "terracota", "marfil",
            "turquesa", "rosa", "ámbar", "azul marino"),

    # ---- Weekly summary ----
    week_sun_house=(
        # 1
        ("Tus planes personales pasan por delante esta semana, con el Sol brillando en tu propio signo; ponte en "
         "primer lugar sin sentirte culpable.",
         "La temporada de tu cumpleaños tiñe la semana: el Sol en tu signo refuerza tu confianza y tus ganas de "
         "empezar cosas.",
         "Tu aspecto, tu forma de moverte y de presentarte causan una fuerte impresión mientras el Sol recorre tu "
         "signo."),
        # 2
        ("Las finanzas y tus pertenencias reciben esta semana una luz clara y práctica, mientras el Sol avanza por tu "
         "casa del dinero.",
         "Merece la pena comparar esta semana tus valores con tu saldo bancario, con el Sol en tu segunda casa.",
         "Las comodidades prácticas y los ingresos estables son los temas de la semana, con el Sol iluminando tu casa "
         "de los recursos."),
        # 3
        ("Conversaciones, trayectos cortos y recados por el barrio llenan la semana mientras el Sol ilumina tu casa de "
         "la comunicación.",
         "Hermanos y vecinos tienen esta semana más protagonismo de lo habitual, con el Sol en tu tercera casa.",
         "Escribe, llama y presenta tus ideas: el Sol en tu casa de los mensajes hace de esta una semana para correr "
         "la voz."),
        # 4
        ("La vida en casa es la prioridad esta semana, ahora que el Sol se asienta en los cimientos de tu carta.",
         "Los lazos familiares y los proyectos domésticos recompensan tu energía mientras el Sol recorre tu cuarta "
         "casa.",
         "Las raíces importan ahora: con el Sol en tu casa del hogar, una semana dedicada a hacer nido da sus frutos."),
        # 5
        ("El romance, la creatividad y el juego iluminan la semana, con el Sol avanzando por tu casa del amor.",
         "Divertirse no es opcional esta semana: el Sol en tu quinta casa premia las aficiones, las citas y el tiempo "
         "con los niños.",
         "Tu confianza creativa está por las nubes mientras el Sol calienta tu quinta casa, así que enseña lo que "
         "haces."),
        # 6
        ("El trabajo diario y las rutinas son el terreno donde avanzas esta semana, con el Sol en tu sexta casa.",
         "Los hábitos de salud responden rápido esta semana, mientras el Sol ilumina tu casa de la rutina; empieza uno "
         "que puedas mantener.",
         "Organizar tu agenda, tu mesa y tus comidas da resultado mientras el Sol pasa la semana en tu casa del "
         "trabajo diario."),
        # 7
        ("Las relaciones son el hilo conductor de la semana, con el Sol en tu séptima casa iluminando a las personas "
         "más cercanas.",
         "Contratos, colaboraciones y conversaciones cara a cara avanzan esta semana mientras el Sol cruza tu casa de "
         "la pareja.",
         "Los demás tienen la llave de tus planes esta semana; con el Sol opuesto a tu signo, cooperar da mejor "
         "resultado que ir por libre."),
        # 8
        ("El dinero compartido, las deudas y los planes conjuntos requieren atención esta semana, con el Sol en tu "
         "octava casa.",
         "Las conversaciones profundas y la intimidad sincera fluyen mejor mientras el Sol ilumina tu casa de la "
         "transformación.",
         "Desprenderte de algo gastado deja sitio a lo nuevo, y el Sol en tu octava casa hace de esta la semana ideal "
         "para hacerlo."),
        # 9
        ("Los viajes, los estudios y las grandes ideas te llaman esta semana, mientras el Sol avanza por tu novena "
         "casa.",
         "Tus horizontes se amplían mientras el Sol ilumina tu casa del aprendizaje: reserva el curso, planea el "
         "viaje, abre el atlas.",
         "Las preguntas sobre creencias y sentido merecen tu tiempo esta semana, con el Sol en tu casa de la "
         "filosofía."),
        # 10
        ("Tus metas profesionales salen a la luz esta semana, con el Sol en lo más alto de tu carta.",
         "Tu imagen pública gana puntos mientras el Sol cruza tu décima casa; deja que quienes deciden vean tu "
         "trabajo.",
         "Ambición y responsabilidad van de la mano esta semana, ahora que el Sol ilumina tu casa de la reputación."),
        # 11
        ("Las amistades y los esfuerzos en grupo te impulsan esta semana, con el Sol en tu undécima casa.",
         "Tus esperanzas de futuro parecen alcanzables mientras el Sol ilumina tu casa de los amigos; compártelas con "
         "tu círculo.",
         "Hacer contactos, trabajar en equipo y participar en la vida de tu comunidad te sienta bien esta semana, con "
         "el Sol dando brillo a tu casa de las esperanzas."),
        # 12
        ("El descanso y la reflexión son lo primero esta semana, con el Sol en tu duodécima casa justo antes de la "
         "temporada de tu cumpleaños.",
         "El trabajo discreto entre bastidores consigue más que el esfuerzo a la vista de todos mientras el Sol "
         "recorre tu casa de la soledad.",
         "Las preocupaciones ocultas son más fáciles de afrontar y soltar esta semana, ahora que el Sol ilumina el "
         "rincón más íntimo de tu carta."),
    ),
    week_lunation={
        MoonPhase.NEW_MOON: (
            "La Luna nueva {in_sign} llega {on_day} como el nuevo comienzo de la semana; fija una intención y ponla en "
            "marcha sin ruido.",
            "Un nuevo ciclo lunar se abre {on_day} con la Luna nueva {in_sign}, buen momento para estrenar un hábito.",
            "{on_day}, la Luna nueva {in_sign} te invita a poner nombre a lo que quieres de las próximas cuatro "
            "semanas.",
        ),
        MoonPhase.FIRST_QUARTER: (
            "El cuarto creciente {in_sign} pone a prueba tus planes {on_day}, así que empuja hasta superar el primer "
            "obstáculo.",
            "Llega la hora de decidir {on_day}, cuando la Luna alcanza el cuarto creciente {in_sign}.",
            "{on_day}, una Luna en cuarto creciente {in_sign} premia actuar más que deliberar.",
        ),
        MoonPhase.FULL_MOON: (
            "La Luna llena {in_sign} lleva un asunto a su punto culminante {on_day}; prepárate para verlo con "
            "claridad.",
            "Las emociones alcanzan su punto máximo {on_day} bajo la Luna llena {in_sign}, así que planea una noche "
            "tranquila y una charla franca.",
            "{on_day}, la Luna llena {in_sign} muestra los resultados de lo que empezaste hace dos semanas.",
        ),
        MoonPhase.LAST_QUARTER: (
            "El cuarto menguante {in_sign} trae {on_day} el momento de deshacerte de lo que ya no necesitas.",
            "Hay cabos sueltos que atar {on_day}, cuando la Luna llega a su cuarto menguante {in_sign}.",
            "{on_day}, una Luna en cuarto menguante {in_sign} favorece las revisiones, los arreglos y los finales "
            "sinceros.",
        ),
    },
    week_closers=(
        "Vive la semana día a día y reserva la tarde del domingo para ti.",
        "Para el fin de semana sabrás qué esfuerzo ha merecido la pena.",
        "Escribe en un papel tus tres prioridades de la semana y deja que el resto sea opcional.",
        "Hazte una promesa esta semana y cúmplela.",
        "Un ritmo constante esta semana vale más que un arrebato de esfuerzo seguido de un bajón.",
        "Llama a un amigo a mitad de semana; una charla breve será un respiro para los dos.",
        "Celebra los pequeños logros de la semana a medida que llegan, no solo al final.",
        "Deja una tarde de esta semana sin planes y mira adónde te lleva.",
        "Traiga lo que traiga la semana, recíbela con curiosidad y no con preocupación.",
        "Cierra la semana ordenando tu espacio y la siguiente empezará más ligera.",
        "No escatimes elogios esta semana; no cuestan nada y animan a todo el mundo.",
        "El descanso forma parte del plan esta semana, no es un premio por cumplirlo.",
    ),

    # ---- Monthly summary ----
    month_sun_house=(
        ("Este mes gira en torno a ti: con el Sol en tu signo, renueva tus metas, tu imagen y tu energía.",
         "El mes de tu cumpleaños pone el Sol en tu propio signo, una ocasión para decidir quién quieres ser este "
         "año."),
        ("El dinero y la seguridad marcan el mes mientras el Sol recorre tu segunda casa; haz un presupuesto que "
         "refleje tus valores.",
         "Tus esfuerzos por ganar, ahorrar o poner el precio justo a tu talento tienen recompensa mientras el Sol "
         "ilumina tu casa de los recursos."),
        ("La comunicación impulsa el mes, con el Sol en tu tercera casa: aprende, escribe, llama y muévete por tu "
         "entorno.",
         "Las conversaciones con hermanos, vecinos y compañeros cuentan más este mes, mientras el Sol cruza tu casa de "
         "los mensajes."),
        ("El hogar y la familia son el ancla del mes mientras el Sol pasa por tu cuarta casa; invierte en el lugar "
         "donde vives.",
         "Con el Sol en el fondo de tu carta este mes, el tiempo con la familia y con tus raíces te reconforta."),
        ("El romance, la creatividad y los niños tiñen las próximas semanas, mientras el Sol visita tu quinta casa.",
         "Jugar es productivo este mes: el Sol en tu casa del amor invita a citas, aficiones y riesgos creativos."),
        ("Las rutinas de trabajo y el bienestar centran el mes, con el Sol en tu sexta casa.",
         "Los hábitos constantes dan fruto en las próximas semanas, ahora que el Sol ilumina tu casa del trabajo "
         "diario y la salud."),
        ("La vida en pareja lleva la voz cantante este mes, con el Sol opuesto a tu signo iluminando tu séptima casa.",
         "Las relaciones cara a cara y los acuerdos piden atención este mes mientras el Sol cruza tu casa de la "
         "pareja."),
        ("Los recursos compartidos y la intimidad son los temas de fondo del mes, con el Sol en tu octava casa.",
         "Este mes caben cambios profundos: el Sol en tu casa de la transformación te ayuda a soltar y renovarte."),
        ("Los viajes, los estudios y los horizontes amplios te llaman este mes, con el Sol en tu novena casa.",
         "Aprender y vivir aventuras son las mejores inversiones del mes, ahora que el Sol ilumina tu casa de los "
         "lugares lejanos."),
        ("La carrera y la reputación pasan a primer plano este mes, con el Sol en la cima de tu carta.",
         "Tus ambiciones quedan a la vista este mes: el Sol en tu décima casa premia los movimientos profesionales "
         "audaces."),
        ("Amigos, grupos y planes de futuro llenan tu agenda, con el Sol en tu undécima casa todo el mes.",
         "Tu red de contactos es tu fuerza este mes, y el Sol en tu casa de las esperanzas reúne a tus aliados."),
        ("Se avecina un mes más tranquilo, con el Sol en tu duodécima casa preparándote para la temporada de tu "
         "cumpleaños.",
         "El descanso, la reflexión y los proyectos personales sin prisas encajan con el mes, mientras el Sol recorre "
         "tu casa de la soledad."),
    ),
    month_new_moon=(
        "La Luna nueva de este mes cae en tu propio signo, el mejor momento del año para empezar un proyecto personal.",
        "La Luna nueva en tu casa del dinero es el momento de abrir un plan de ahorro o de buscar una nueva fuente de "
        "ingresos.",
        "La Luna nueva de este mes en tu tercera casa abre un capítulo nuevo en tu forma de aprender, escribir y "
        "hablar.",
        "Una Luna nueva en tu casa del hogar es propicia para una mudanza, una reforma o una nueva tradición familiar.",
        "La Luna nueva del mes aterriza en tu quinta casa y enciende un nuevo romance, una afición o un proyecto "
        "creativo.",
        "Una Luna nueva en tu sexta casa es ideal para estrenar rutina en el trabajo o un hábito diario más saludable.",
        "La Luna nueva de este mes en tu casa de la pareja puede dar inicio a una relación o a un acuerdo nuevos.",
        "La Luna nueva en tu octava casa es el momento de reordenar las finanzas compartidas, saldar deudas o "
        "reconstruir la confianza.",
        "Una Luna nueva en tu novena casa abre planes de viaje, de estudio o una nueva forma de ver las cosas.",
        "La Luna nueva de este mes en lo más alto de tu carta pone en marcha una nueva meta profesional, así que "
        "formúlala con claridad.",
        "La Luna nueva en tu casa de los amigos favorece unirte a un grupo o dar forma a un sueño a largo plazo.",
        "Una Luna nueva en tu duodécima casa propicia un reinicio tranquilo: descansa, reflexiona y suelta viejas "
        "preocupaciones.",
    ),
    month_full_moon=(
        "La Luna llena en tu propio signo pone tus necesidades personales a plena vista, y te ves con más claridad.",
        "La Luna llena de este mes en tu casa del dinero muestra en qué punto están tus finanzas; ajusta con calma.",
        "La Luna llena en tu tercera casa trae noticias, una conversación decisiva o un texto por fin terminado.",
        "Una Luna llena en tu casa del hogar saca a la luz un asunto familiar; háblalo con tacto.",
        "La Luna llena de este mes en tu quinta casa lleva un romance o un proyecto creativo a su punto álgido.",
        "La Luna llena en tu sexta casa revela lo que necesita tu rutina, así que ajusta la carga de trabajo y el "
        "descanso.",
        "Una Luna llena en tu casa de la pareja pone el foco en una relación; equilibra tus necesidades con las de la "
        "otra persona.",
        "La Luna llena en tu octava casa lleva el dinero compartido o la intimidad a un punto de inflexión.",
        "La Luna llena de este mes en tu novena casa culmina un viaje, un curso o un cambio de perspectiva.",
        "La Luna llena en lo más alto de tu carta marca un hito profesional, y tus esfuerzos no pasan desapercibidos.",
        "Una Luna llena en tu casa de los amigos muestra quién te apoya de verdad y qué esperanzas siguen encajando "
        "contigo.",
        "La Luna llena en tu duodécima casa hace aflorar sentimientos ocultos; date un tiempo tranquilo para "
        "ordenarlos.",
    ),
    month_closers=(
        "Afronta el mes en cuatro pasos firmes, semana a semana.",
        "Al final del mes, mira atrás y reconócete todo lo que has avanzado.",
        "Ten a la vista un objetivo para este mes y deja que guíe tus pequeñas decisiones.",
        "Un mes basta para cambiar un hábito; elige el que más importe.",
        "Deja hueco en tu agenda este mes para el descanso, los amigos y lo inesperado.",
        "Revisa tus planes a mitad de mes y ajústalos sin remordimientos.",
        "Que las lecciones de este mes sean suaves: aprende, ajusta y sigue adelante.",
        "Invierte en tus relaciones este mes; devuelven más que cualquier éxito aislado.",
        "Haz sitio a algo nuevo este mes soltando algo viejo.",
        "Dosifica tus fuerzas a lo largo del mes y guarda algo de energía para la última semana.",
        "Te pida lo que te pida este mes, responde con paciencia y buen humor.",
        "Empieza el mes con la mesa despejada y termínalo con la mente despejada.",
    ),

    # ---- Key days ----
    key_moon_house=(
        "Luna en tu primera casa: nuevo comienzo",
        "Luna en tu casa del dinero: haz cuentas",
        "Luna en tu casa de los mensajes: tiende puentes",
        "Luna en tu casa del hogar: haz nido",
        "Luna en tu casa del amor: diviértete",
        "Luna en tu casa de la rutina: organízate",
        "Luna en tu casa de la pareja: escucha",
        "Luna en tu casa de la intimidad: confía",
        "Luna en tu casa de los viajes: explora",
        "Luna en tu casa de la carrera: apunta alto",
        "Luna en tu casa de los amigos: conecta",
        "Luna en tu casa del descanso: recarga pilas",
    ),
    key_moon_yours="La Luna entra en tu signo",
    key_lunation={
        MoonPhase.NEW_MOON: "Luna nueva {in_sign}",
        MoonPhase.FIRST_QUARTER: "Cuarto creciente {in_sign}",
        MoonPhase.FULL_MOON: "Luna llena {in_sign}",
        MoonPhase.LAST_QUARTER: "Cuarto menguante {in_sign}",
    },
    key_ingress="{planet} entra {in_sign}",
    key_ingress_yours="{planet} entra en tu signo",
    key_station_retrograde="{planet} inicia su retrogradación",
    key_station_direct="{planet} retoma la marcha directa",
)
