"""Spanish phrases for personal horoscopes (see `horoscope_service.phrasebooks.personal`)."""

from horoscope_service.model import Aspect, Body
from horoscope_service.phrasebooks.personal import PersonalBook

PERSONAL = PersonalBook(
    transits={
        # ---- The Moon: mood, needs, the day's feelings (a Moon transit lasts hours) ----
        (Body.MOON, Aspect.CONJUNCTION, Body.SUN): (
            "Hoy la Luna se encuentra con tu Sol natal, un pequeño reinicio mensual: lo que sientes se alinea con "
            "quien eres, así que empieza algo que sea realmente tuyo."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.MOON): (
            "La Luna regresa hoy a su posición en tu carta natal, tu retorno lunar de cada mes: fíjate en lo que te "
            "hace sentir en casa y regálate justo eso."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.MERCURY): (
            "Los sentimientos encuentran palabras con facilidad mientras la Luna cruza tu Mercurio natal, así que di "
            "hoy eso que te sale del corazón en lugar de ensayarlo una y otra vez en tu cabeza."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.VENUS): (
            "El cariño fluye con naturalidad mientras la Luna se posa sobre tu Venus natal; busca a la persona que "
            "quieres o date el gusto de gastar un poco en algo que te encante."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.MARS): (
            "Cuando la Luna se une a tu Marte natal, tu ánimo pide acción: vuelca esa oleada de energía en un paseo a "
            "paso ligero o en esa tarea que se te resiste antes de que se convierta en mal genio."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.JUPITER): (
            "Tu ánimo y tu generosidad suben a la par cuando la Luna de hoy toca el Júpiter de tu carta natal; "
            "comparte sin reservas, pero que las raciones y las promesas sean razonables."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.SATURN): (
            "La Luna cruza tu Saturno natal y durante unas horas los sentimientos se vuelven sobrios; una tarea útil y "
            "tranquila te centra más que darle vueltas a lo que queda por hacer."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.SUN): (
            "Un sextil de la Luna con tu Sol natal le da hoy un pequeño empujón a tu confianza, lo justo para pedir "
            "algo que deseas, siempre que te atrevas a decirlo en voz alta."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.MOON): (
            "Invita a alguien a casa o cocina algo que sepa a hogar: el sextil de la Luna con tu propia Luna natal "
            "abre una puerta amable al bienestar."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.MERCURY): (
            "La Luna forma un sextil con tu Mercurio natal y hay una conversación cálida esperándote, siempre que seas "
            "tú quien haga la llamada."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.VENUS): (
            "Los pequeños detalles cuentan el doble hoy, con la Luna en sextil con tu Venus natal; un mensaje cariñoso "
            "o un café compartido abren corazones."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.MARS): (
            "Con la Luna en sextil con tu Marte natal, tienes el arrojo justo para retomar un trabajo estancado; ponte "
            "en marcha antes de que pase una hora y el impulso vendrá solo."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.JUPITER): (
            "Hoy la Luna forma un sextil con tu Júpiter natal y despierta un ánimo esperanzado; di que sí a esa "
            "pequeña invitación que ensancha un poco tu mundo."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.SATURN): (
            "Las obligaciones pesan menos mientras la Luna forma un sextil con tu Saturno natal, así que elige esa "
            "responsabilidad que vienes esquivando y resuélvela hoy con calma."
        ),
        (Body.MOON, Aspect.SQUARE, Body.SUN): (
            "La Luna forma cuadratura con tu Sol natal y, durante unas horas, tu estado de ánimo y tus objetivos tiran "
            "cada uno por su lado; deja que esa inquietud haga avanzar un plan estancado."
        ),
        (Body.MOON, Aspect.SQUARE, Body.MOON): (
            "La cuadratura de la Luna con la Luna de tu propia carta natal trae algo de ruido emocional; fíjate en qué "
            "echas en falta en casa y arregla hoy una cosa pequeña."
        ),
        (Body.MOON, Aspect.SQUARE, Body.MERCURY): (
            "Las emociones pueden enturbiar tus palabras mientras la Luna forma cuadratura con tu Mercurio natal, así "
            "que relee cada mensaje antes de enviarlo y pregunta en lugar de dar las cosas por sentadas."
        ),
        (Body.MOON, Aspect.SQUARE, Body.VENUS): (
            "Bajo la cuadratura de la Luna con tu Venus natal, las ganas de sentirte a gusto pueden empujarte a gastar "
            "de más o a excederte; elige un solo capricho y saboréalo."
        ),
        (Body.MOON, Aspect.SQUARE, Body.MARS): (
            "La irritación sube deprisa cuando la Luna forma cuadratura con tu Marte natal; convierte ese calor en un "
            "entrenamiento, una reparación o una petición firme pero justa."
        ),
        (Body.MOON, Aspect.SQUARE, Body.JUPITER): (
            "La Luna de hoy forma cuadratura con tu Júpiter natal y te tienta a prometer más de lo que puedes dar; la "
            "generosidad es preciosa, pero antes consulta tu agenda."
        ),
        (Body.MOON, Aspect.SQUARE, Body.SATURN): (
            "Puede que una obligación te pese o que una preocupación haga mucho ruido mientras la Luna forma "
            "cuadratura con el Saturno de tu carta natal; ataca primero la parte más pequeña y el peso comenzará a "
            "aligerarse."
        ),
        (Body.MOON, Aspect.TRINE, Body.SUN): (
            "Corazón y propósito avanzan hoy al mismo paso gracias al trígono de la Luna con tu Sol natal, y lo que te "
            "importa sale adelante con poco esfuerzo."
        ),
        (Body.MOON, Aspect.TRINE, Body.MOON): (
            "La Luna forma un trígono con tu propia Luna natal y trae un ánimo suave y sereno que convierte tu casa en "
            "el mejor lugar donde estar; descansa en ella sin dar explicaciones."
        ),
        (Body.MOON, Aspect.TRINE, Body.MERCURY): (
            "Las palabras amables fluyen mientras la Luna forma un trígono con tu Mercurio natal, buen momento para "
            "escribir, explicar algo o simplemente ponerte al día con alguien a quien echas de menos."
        ),
        (Body.MOON, Aspect.TRINE, Body.VENUS): (
            "El trígono de la Luna con tu Venus natal endulza el día: el cariño encuentra respuesta enseguida, y los "
            "pequeños placeres, como la música o una buena comida, sientan de maravilla."
        ),
        (Body.MOON, Aspect.TRINE, Body.MARS): (
            "Una energía constante y de buen talante llega con la Luna en trígono con el Marte de tu carta natal, "
            "ideal para rematar un trabajo que empezaste hace días."
        ),
        (Body.MOON, Aspect.TRINE, Body.JUPITER): (
            "Cuando la Luna forma un trígono con tu Júpiter natal, tu visión de las cosas se ilumina, y una idea "
            "esperanzadora o un gesto generoso te devuelven hoy más de lo que esperas."
        ),
        (Body.MOON, Aspect.TRINE, Body.SATURN): (
            "La disciplina resulta serena y no sombría cuando la Luna forma un trígono con tu Saturno natal; ordena un "
            "cajón, un presupuesto o un plan y disfruta de la sensación de tenerlo todo en su sitio."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.SUN): (
            "Hoy la Luna se sitúa frente a tu Sol natal, una Luna llena personal: alguien cercano puede devolverte el "
            "reflejo de tus necesidades, así que sopesa sus deseos junto a los tuyos."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.MOON): (
            "Tus necesidades y las de otra persona tiran en direcciones distintas mientras la Luna se opone a tu "
            "propia Luna natal; expresa las tuyas con amabilidad y luego escucha de verdad las suyas."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.MERCURY): (
            "Con la Luna en oposición a tu Mercurio natal, los demás pueden interpretar tus palabras según su propio "
            "estado de ánimo; escucha primero su versión y después explica la tuya."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.VENUS): (
            "La Luna se opone a tu Venus natal y te pide equilibrar lo que das en el amor con lo que recibes; deja hoy "
            "que alguien te mime un poco."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.MARS): (
            "Frente a tu Marte natal, la Luna puede hacer que los demás te parezcan avasalladores, o que tú se lo "
            "parezcas a ellos; elige bien tus batallas y no alces la voz."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.JUPITER): (
            "Los grandes planes de otra persona pueden arrastrar los tuyos cuando la Luna se opone a tu Júpiter natal; "
            "el entusiasmo se contagia, así que decide qué merece de verdad tu sí."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.SATURN): (
            "Con la Luna en oposición a tu Saturno natal, las exigencias ajenas presionan tu sentido del deber; pacta "
            "un reparto justo en lugar de cargar con todo."
        ),

        # ---- The Sun: vitality, attention, will ----
        (Body.SUN, Aspect.CONJUNCTION, Body.SUN): (
            "El Sol vuelve a tu Sol natal, tu revolución solar y la temporada de tu cumpleaños: celebra quien eres y "
            "fija una intención clara para el año que empieza."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.MOON): (
            "Cuando el Sol cruza tu Luna natal, la luz cae sobre lo que necesitas para sentirte a salvo; cuida tu "
            "hogar y tu corazón, y llegará un nuevo comienzo."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.MERCURY): (
            "Tu mente brilla y tu voz llega lejos mientras el Sol se encuentra con tu Mercurio natal, así que presenta "
            "la idea, defiende el plan y hazte oír."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.VENUS): (
            "El Sol se une a tu Venus natal y deja a la vista tu calidez; es un momento precioso para empezar un "
            "romance o para dar aire nuevo al que ya tienes."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.MARS): (
            "Voluntad y empuje se funden cuando el Sol se encuentra con tu Marte natal: arranca el proyecto que exige "
            "resistencia y toma la delantera en lugar de esperar permiso."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.JUPITER): (
            "Con el Sol iluminando tu Júpiter natal, el optimismo y la buena suerte están por las nubes; emprende algo "
            "generoso, pero no dejes de leer la letra pequeña."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.SATURN): (
            "El Sol se encuentra con tu Saturno natal y proyecta una luz sobria sobre tus responsabilidades, así que "
            "es un momento sólido para comprometerte con una meta a largo plazo."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.SUN): (
            "Bajo el sextil del Sol con tu Sol natal aparece una modesta ocasión de mostrar tus talentos, y premia a "
            "quien dé el paso antes que nadie."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.MOON): (
            "El Sol forma un sextil con tu Luna natal y abre la ocasión de dar calidez a la vida en casa; invita a "
            "familiares o amigos y deja que te vean tal como eres."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.MERCURY): (
            "Las buenas ideas están al alcance de la mano mientras el Sol forma un sextil con el Mercurio de tu carta "
            "natal; anótalas, compártelas y dales seguimiento mientras estén frescas."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.VENUS): (
            "Una palabra amable o un pequeño regalo podrían abrirte una puerta en el amor, con el Sol en sextil con tu "
            "Venus natal; solo tienes que ofrecerlo."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.MARS): (
            "El sextil del Sol con tu Marte natal te regala un arranque de energía, y si lo aprovechas, esa tarea que "
            "no dejas de aplazar por fin cederá."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.JUPITER): (
            "Envía la solicitud, pregunta o preséntate: el Sol forma un sextil con tu Júpiter natal, y esta "
            "oportunidad afortunada premia a quien llama a la puerta."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.SATURN): (
            "El esfuerzo constante da fruto mientras el Sol forma un sextil con tu Saturno natal, así que dedica una "
            "hora a algo hecho para durar, como tus ahorros, una habilidad o una rutina."
        ),
        (Body.SUN, Aspect.SQUARE, Body.SUN): (
            "El Sol forma cuadratura con tu Sol natal, un punto de revisión en tu año personal; el roce con tus "
            "propios planes te muestra justo dónde cambiar el rumbo."
        ),
        (Body.SUN, Aspect.SQUARE, Body.MOON): (
            "Las exigencias de fuera compiten con tu necesidad de bienestar cuando el Sol forma cuadratura con la Luna "
            "de tu carta natal; reserva un rato de calma y después actúa en lo que de verdad importa."
        ),
        (Body.SUN, Aspect.SQUARE, Body.MERCURY): (
            "Mientras el Sol forma cuadratura con tu Mercurio natal, puede que defiendas una opinión con más fuerza de "
            "la necesaria; expón tu punto de vista una vez, con claridad, y luego escucha."
        ),
        (Body.SUN, Aspect.SQUARE, Body.VENUS): (
            "Con el Sol en cuadratura con tu Venus natal, el orgullo o los pequeños desacuerdos pueden alterar la "
            "armonía en el amor; ve al fondo del asunto en lugar de quedarte en la superficie."
        ),
        (Body.SUN, Aspect.SQUARE, Body.MARS): (
            "La impaciencia se dispara cuando el Sol forma cuadratura con tu Marte natal, y eso la convierte en un "
            "buen combustible para trabajar duro y en uno pésimo para discutir."
        ),
        (Body.SUN, Aspect.SQUARE, Body.JUPITER): (
            "El Sol forma cuadratura con tu Júpiter natal y es tentador comprometerse de más; conserva el entusiasmo, "
            "pero recorta el plan hasta lo que de verdad puedas cumplir."
        ),
        (Body.SUN, Aspect.SQUARE, Body.SATURN): (
            "Los obstáculos y quienes mandan ponen a prueba tu voluntad mientras el Sol forma cuadratura con el "
            "Saturno de tu carta natal; la constancia discreta llega más lejos que un enfrentamiento."
        ),
        (Body.SUN, Aspect.TRINE, Body.SUN): (
            "El Sol forma un trígono con tu Sol natal, así que te sientes en tu elemento y los demás lo notan; las "
            "cosas salen a tu favor cuando actúas desde tus fortalezas naturales."
        ),
        (Body.SUN, Aspect.TRINE, Body.MOON): (
            "Cabeza y corazón se ponen de acuerdo bajo el trígono del Sol con tu Luna natal, y tanto la vida familiar "
            "como el simple hecho de estar a gusto en tu piel resultan más fáciles."
        ),
        (Body.SUN, Aspect.TRINE, Body.MERCURY): (
            "La claridad y la seguridad impregnan tus palabras cuando el Sol forma un trígono con tu Mercurio natal, "
            "así que las negociaciones, la escritura y el estudio fluyen sin esfuerzo."
        ),
        (Body.SUN, Aspect.TRINE, Body.VENUS): (
            "El encanto te sale sin esfuerzo mientras el Sol forma un trígono con tu Venus natal, y la gente disfruta "
            "de tu compañía; haz sitio a los amigos, la música y un poco de belleza."
        ),
        (Body.SUN, Aspect.TRINE, Body.MARS): (
            "Con el Sol en trígono con tu Marte natal, energía y propósito reman en la misma dirección, y el deporte, "
            "los proyectos y las jugadas audaces van sobre ruedas."
        ),
        (Body.SUN, Aspect.TRINE, Body.JUPITER): (
            "El Sol forma un trígono con tu Júpiter natal, una corriente generosa y afortunada; comparte tu buena "
            "suerte y di que sí a algo que te haga crecer."
        ),
        (Body.SUN, Aspect.TRINE, Body.SATURN): (
            "Tus esfuerzos pisan terreno firme cuando el Sol forma un trígono con tu Saturno natal, un buen momento "
            "para planificar, organizarte y ganarte un respeto discreto."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.SUN): (
            "El Sol se opone a tu Sol natal, el ecuador de tu año personal; quienes te rodean reflejan en quién te has "
            "convertido, así que mírate con honestidad."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.MOON): (
            "Lo que el mundo te pide y lo que necesitas en casa tiran en sentidos opuestos mientras el Sol se opone a "
            "tu Luna natal; equilibra ambas cosas en lugar de sacrificar una."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.MERCURY): (
            "El Sol se opone al Mercurio de tu carta natal y enfrenta tus ideas a las de los demás; un buen debate "
            "afina tu pensamiento si mantienes la curiosidad."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.VENUS): (
            "Alguien puede hacer de espejo de tus deseos cuando el Sol se opone a tu Venus natal; fíjate en quién te "
            "atrae, y por qué."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.MARS): (
            "Puede que otros se resistan a tus planes mientras el Sol se opone a tu Marte natal; mantente firme, pero "
            "no presiones más de lo que pide el momento."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.JUPITER): (
            "Con el Sol en oposición a tu Júpiter natal, las promesas pueden inflarse a ambos lados de un trato; "
            "disfruta del optimismo y pacta condiciones realistas."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.SATURN): (
            "El Sol se opone a tu Saturno natal y alguien puede exigirte que cumplas un deber o respetes un límite; "
            "responde con justicia y mantén tus obligaciones en equilibrio."
        ),

        # ---- Mercury: talk, plans, messages, travel ----
        (Body.MERCURY, Aspect.CONJUNCTION, Body.SUN): (
            "Mercurio se encuentra con tu Sol natal y pone tus ideas y tu identidad bajo el mismo foco; di en voz alta "
            "lo que quieres y traza tu próximo movimiento."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.MOON): (
            "Los sentimientos piden palabras mientras Mercurio cruza tu Luna natal, así que habla con tu familia, "
            "escribe lo que llevas en el corazón o planea un pequeño cambio en casa."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.MERCURY): (
            "Mercurio regresa a su posición en tu carta natal, un nuevo comienzo para tu forma de pensar; empieza un "
            "curso, un diario o una nueva manera de organizar tus días."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.VENUS): (
            "Las palabras dulces salen solas cuando Mercurio se une a tu Venus natal: escribe esa nota de amor, hazle "
            "un cumplido a un amigo o negocia un precio justo."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.MARS): (
            "Mercurio se encuentra con tu Marte natal, afila tu lengua y acelera las decisiones; habla con convicción "
            "y dirige ese filo contra los problemas, no contra las personas."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.JUPITER): (
            "Los grandes planes y las buenas noticias te llenan la cabeza con Mercurio sobre el Júpiter de tu carta "
            "natal; piensa a lo grande y luego revisa los detalles antes de firmar."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.SATURN): (
            "Mercurio cruza tu Saturno natal y tus pensamientos se vuelven prácticos, buen momento para contratos, "
            "presupuestos y conversaciones difíciles llevadas con calma."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.SUN): (
            "Una sola conversación útil puede hacer avanzar tus metas ahora que Mercurio forma un sextil con tu Sol "
            "natal, así que envía la propuesta o haz tú la llamada."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.MOON): (
            "Mercurio forma un sextil con tu Luna natal y te ofrece una forma suave de hablar de sentimientos; saca en "
            "casa esa conversación que venías guardando."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.MERCURY): (
            "Las ideas encajan con facilidad mientras Mercurio forma un sextil con su propia posición en tu carta; "
            "aprovecha para aprender algo, intercambiar impresiones o planear una escapada."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.VENUS): (
            "Un mensaje amistoso podría encender un romance o suavizar un asunto de dinero, ya que Mercurio forma un "
            "sextil con tu Venus natal; el encanto está ahí si lo usas."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.MARS): (
            "Pensar rápido y actuar rápido van de la mano con Mercurio en sextil con tu Marte natal, así que esboza el "
            "plan y empieza antes de que la idea se enfríe."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.JUPITER): (
            "Mercurio forma un sextil con tu Júpiter natal y las buenas noticias pueden llegar a través del estudio, "
            "de un viaje o de una pregunta oportuna, así que anímate a hacerla."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.SATURN): (
            "Siéntate con un calendario y convierte una intención difusa en pasos concretos: el sextil de Mercurio con "
            "tu Saturno natal premia la planificación cuidadosa."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.SUN): (
            "Mercurio forma cuadratura con tu Sol natal, así que puede que tus palabras y tus objetivos no coincidan; "
            "aclara lo que quieres decir antes de que otros lo decidan por ti."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.MOON): (
            "El estado de ánimo tiñe las conversaciones mientras Mercurio forma cuadratura con la Luna de tu carta "
            "natal; si una charla en casa se pone tensa, di cómo te sientes en lugar de lo que hizo la otra persona."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.MERCURY): (
            "Planes y mensajes se enredan cuando Mercurio forma cuadratura con su propia posición natal; comprueba dos "
            "veces horarios y direcciones, y deja que el roce te obligue a trazar un plan más claro."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.VENUS): (
            "Con Mercurio en cuadratura con tu Venus natal, una charla sobre amor o sobre gastos puede torcerse; elige "
            "palabras amables y concreta lo que quieres."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.MARS): (
            "Las discusiones se encienden enseguida mientras Mercurio forma cuadratura con tu Marte natal, así que "
            "defiende tu postura con hechos y da un paso atrás antes de que aquello se convierta en un pulso."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.JUPITER): (
            "Mercurio forma cuadratura con tu Júpiter natal y las grandes ideas van por delante de los detalles; "
            "promete un poco menos, lee la letra pequeña y tus planes se sostendrán."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.SATURN): (
            "Las dudas y los retrasos pueden frenar tus planes bajo la cuadratura de Mercurio con tu Saturno natal; "
            "supera el obstáculo paso a paso en lugar de rendirte."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.SUN): (
            "Mercurio forma un trígono con tu Sol natal y expresarte te resulta fácil; presenta tu trabajo o tu plan, "
            "y la gente seguirá tu razonamiento."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.MOON): (
            "Las charlas de corazón a corazón surgen con naturalidad cuando Mercurio forma un trígono con tu Luna "
            "natal, y sentimientos y palabras fluyen juntos en casa y con los viejos amigos."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.MERCURY): (
            "Tu mente da lo mejor de sí mientras Mercurio forma un trígono con su propia posición natal; estudia, "
            "escribe, viaja o resuelve ese enigma que se te resistía."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.VENUS): (
            "El trígono de Mercurio con tu Venus natal te da don de gentes y poder de persuasión, un momento precioso "
            "para el cortejo, las notas de agradecimiento y los tratos amistosos."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.MARS): (
            "Con Mercurio en trígono con tu Marte natal, piensas con rapidez y decisión; afronta el problema de cara y "
            "la solución llegará enseguida."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.JUPITER): (
            "Planea un viaje, propón una gran idea o aprende algo que amplíe tu mirada: Mercurio forma un trígono con "
            "tu Júpiter natal, y las buenas ideas traen buenas noticias."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.SATURN): (
            "Mercurio forma un trígono con tu Saturno natal y presta paciencia y concentración a tus planes, así que "
            "el trabajo minucioso, los contratos y la visión a largo plazo salen bien."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.SUN): (
            "Puede que otros cuestionen tus planes mientras Mercurio se opone a tu Sol natal; escucha su punto de "
            "vista y sabrás qué necesitas explicar mejor."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.MOON): (
            "Con Mercurio en oposición a tu Luna natal, las palabras de alguien pueden tocarte un punto sensible; "
            "responde cuando hayas recuperado la calma y equilibra lógica y sentimiento."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.MERCURY): (
            "Mercurio se opone a su propia posición natal, así que tus ideas se topan con su contrario en otra "
            "persona; el debate aclara las cosas si ambas partes siguen escuchando."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.VENUS): (
            "Una conversación sobre amor o dinero tiene dos caras cuando Mercurio se opone a tu Venus natal; busca el "
            "punto intermedio en el que las dos partes se sientan valoradas."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.MARS): (
            "Mercurio se opone al Marte de tu carta natal y los debates pueden caldearse; discute las ideas, no a las "
            "personas, y reconoce cuándo conviene dejarlo estar."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.JUPITER): (
            "Los detalles y la visión de conjunto tiran en sentidos contrarios con Mercurio en oposición a tu Júpiter "
            "natal; sopesa ambos antes de aceptar algo de envergadura."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.SATURN): (
            "Mercurio se opone a tu Saturno natal y una voz prudente puede poner en duda tus ideas; responde con "
            "hechos, quédate con las críticas justas y deja ir el resto."
        ),

        # ---- Venus: affection, pleasure, money, harmony ----
        (Body.VENUS, Aspect.CONJUNCTION, Body.SUN): (
            "Venus se encuentra con tu Sol natal y te reciben con calidez allá donde vas; empieza algo que te encante, "
            "arréglate un poco y deja que los demás te aprecien."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.MOON): (
            "Venus cruza tu Luna natal y lleva la ternura a tu hogar: embellece tu espacio, comparte una comida con "
            "tus seres queridos y déjate cuidar."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.MERCURY): (
            "Tus palabras se llenan de encanto cuando Venus se une a tu Mercurio natal, así que escribe, coquetea o "
            "negocia, porque hablar con amabilidad tiene recompensa."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.VENUS): (
            "Venus vuelve a casa, a su lugar en tu carta natal, y renueva lo que amas y valoras; pregúntate qué te "
            "hace disfrutar de verdad y empieza a invertir en ello."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.MARS): (
            "Deseo y cariño se funden mientras Venus se encuentra con tu Marte natal, y tanto el romance como la "
            "pasión creativa echan chispas, así que hazle caso a esa atracción."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.JUPITER): (
            "Venus se une al Júpiter de tu carta natal, uno de los contactos más dulces para el amor y el dinero; "
            "disfruta de la generosidad que te rodea y vigila los gastos."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.SATURN): (
            "El compromiso pasa a primer plano cuando Venus cruza tu Saturno natal; una conversación seria sobre amor "
            "o dinero puede sentar las bases de algo duradero."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.SUN): (
            "La buena compañía está a la vuelta de la esquina mientras Venus forma un sextil con tu Sol natal; acepta "
            "la invitación o, mejor aún, sé tú quien invite."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.MOON): (
            "Haz tu casa un poco más acogedora mientras Venus forma un sextil con tu Luna natal: invita a alguien "
            "querido o añade un pequeño detalle, como flores frescas o una luz suave."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.MERCURY): (
            "Venus forma un sextil con tu Mercurio natal y las palabras amables salen con facilidad; envía ese "
            "cumplido o esa nota de agradecimiento, y la buena voluntad volverá a ti."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.VENUS): (
            "Venus forma un sextil con su propia posición natal, una pequeña ocasión para disfrutar de lo que valoras; "
            "organiza una cita, visita una galería o compra algo que tenga significado para ti."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.MARS): (
            "Con Venus en sextil con el Marte de tu carta natal, una chispa romántica o creativa está a tu alcance, "
            "pero solo si das el primer paso."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.JUPITER): (
            "Venus forma un sextil con tu Júpiter natal y apunta a un golpe de suerte en el amor o el dinero; acepta "
            "la oferta, después de leer sus condiciones."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.SATURN): (
            "La lealtad demostrada con hechos da sus frutos mientras Venus forma un sextil con tu Saturno natal, así "
            "que aparta algunos ahorros o cumple una promesa a una persona querida."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.SUN): (
            "Venus forma cuadratura con tu Sol natal, y el deseo de agradar puede chocar con ser fiel a lo que eres; "
            "elige la sinceridad, dicha con cariño."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.MOON): (
            "Las necesidades emocionales y el placer van por caminos distintos bajo la cuadratura de Venus con tu Luna "
            "natal; ir de compras para consolarte no lo arreglará, pero una charla franca y delicada, sí."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.MERCURY): (
            "Con Venus en cuadratura con tu Mercurio natal, las palabras corteses pueden ocultar los sentimientos "
            "reales; di lo que piensas con tacto y olvídate de las compras impulsivas."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.VENUS): (
            "Puede que lo que valoras no encaje con lo que tienes cuando Venus forma cuadratura con su propia posición "
            "natal; replantéate un hábito en el amor o en los gastos."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.MARS): (
            "Venus forma cuadratura con el Marte de tu carta natal y agita a la vez el deseo y el roce; una riña de "
            "enamorados puede despejar el ambiente, siempre que la pelea sea limpia."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.JUPITER): (
            "Es tentador pasarse con lo bueno mientras Venus forma cuadratura con tu Júpiter natal; diviértete, pero "
            "fija un presupuesto antes de que empiece la fiesta."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.SATURN): (
            "El amor o el dinero pueden parecer limitados con Venus en cuadratura con tu Saturno natal, y esa presión "
            "es una señal útil para arreglar lo que no funciona."
        ),
        (Body.VENUS, Aspect.TRINE, Body.SUN): (
            "Venus forma un trígono con tu Sol natal y hace que sea fácil quererte y fácil complacerte; disfruta de la "
            "atención y reparte tu calidez sin reservas."
        ),
        (Body.VENUS, Aspect.TRINE, Body.MOON): (
            "La armonía se posa sobre tu hogar y tu corazón cuando Venus forma un trígono con la Luna de tu carta "
            "natal; pasa tiempo con las personas que te hacen sentir a salvo."
        ),
        (Body.VENUS, Aspect.TRINE, Body.MERCURY): (
            "Las palabras elegantes te salen sin esfuerzo mientras Venus forma un trígono con tu Mercurio natal, así "
            "que negocia, escribe o habla de amor, porque la gente quiere escucharte."
        ),
        (Body.VENUS, Aspect.TRINE, Body.VENUS): (
            "Venus forma un trígono con su propia posición natal, una corriente dulce y fluida para el amor y el "
            "placer; relájate en buena compañía y gasta en lo que de verdad valoras."
        ),
        (Body.VENUS, Aspect.TRINE, Body.MARS): (
            "Pasión y cariño fluyen juntos con Venus en trígono con tu Marte natal, y el romance, el arte y el juego "
            "florecen por igual."
        ),
        (Body.VENUS, Aspect.TRINE, Body.JUPITER): (
            "La amabilidad vuelve con intereses mientras Venus forma un trígono con tu Júpiter natal, uno de los "
            "contactos más afortunados para el amor y el dinero, así que da con generosidad."
        ),
        (Body.VENUS, Aspect.TRINE, Body.SATURN): (
            "Venus forma un trígono con tu Saturno natal y da estabilidad a tus relaciones y tus finanzas; es buen "
            "momento para una promesa duradera o una inversión sensata."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.SUN): (
            "Venus se opone a tu Sol natal, y tu pareja o una amistad pueden reflejar tus deseos como un espejo; busca "
            "un punto de encuentro y deja que el cariño suavice el orgullo."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.MOON): (
            "Lo que tú necesitas y lo que otra persona desea tiran hacia lados distintos con Venus en oposición a tu "
            "Luna natal; busca un placer sencillo que puedas compartir con ella."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.MERCURY): (
            "En las charlas sobre amor o dinero hay dos puntos de vista mientras Venus se opone al Mercurio de tu "
            "carta natal; presta atención a lo que de verdad valora la otra persona."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.VENUS): (
            "Las relaciones se convierten en un espejo cuando Venus se opone a su propia posición natal: lo que buscas "
            "en los demás revela lo que estás en condiciones de darte."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.MARS): (
            "La atracción y la tensión crecen a la par con Venus en oposición a tu Marte natal; equilibra el desear "
            "con el dar y la chispa seguirá siendo dulce."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.JUPITER): (
            "Venus se opone a tu Júpiter natal, y otros pueden empujarte hacia los grandes gestos y los excesos; "
            "disfrútalos sin que la generosidad le gane la partida a la sensatez."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.SATURN): (
            "Puede que el amor te pida paciencia o que el deber le robe espacio al placer mientras Venus se opone a tu "
            "Saturno natal; sopesa ambas cosas y elige qué merece tu tiempo."
        ),

        # ---- Mars: drive, anger, courage, action ----
        (Body.MARS, Aspect.CONJUNCTION, Body.SUN): (
            "Marte se encuentra con tu Sol natal y carga de fuerza tu voluntad y tu vitalidad; lanza algo audaz y "
            "gasta ese calor extra en actuar, no en discutir."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.MOON): (
            "Los sentimientos intensos se agitan en casa cuando Marte cruza tu Luna natal, así que arregla, limpia o "
            "reorganiza algo, y deja el mal genio fuera de las conversaciones familiares."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.MERCURY): (
            "Tu mente va rápida y tus palabras cortan con Marte sobre tu Mercurio natal; defiende tus ideas con "
            "convicción, pero elige batallas que merezcan la pena."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.VENUS): (
            "Marte se encuentra con tu Venus natal y enciende la pasión; da un paso romántico atrevido o vuelca esa "
            "energía en algo que crees con tus propias manos."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.MARS): (
            "Marte regresa a su propio lugar en tu carta natal y abre un nuevo ciclo de dos años para tu energía y tu "
            "empuje; decide hacia dónde apuntar tu valor y empieza."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.JUPITER): (
            "Marte se une a tu Júpiter natal y echa leña al fuego de tus ambiciones; da un paso audaz hacia el "
            "crecimiento y mantén a raya el exceso de confianza."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.SATURN): (
            "El empuje se topa con la disciplina cuando Marte cruza tu Saturno natal; es probable que sientas "
            "frustración, pero el esfuerzo paciente y constante te permitirá atravesar el muro."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.SUN): (
            "Un sextil de Marte con tu Sol natal te abre una ventana para actuar con seguridad; aprovéchala para "
            "abordar una meta que sigues posponiendo."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.MOON): (
            "Con Marte en sextil con tu Luna natal llega energía para mejoras en casa y conversaciones familiares "
            "sinceras; empieza un proyecto práctico mientras dure la motivación."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.MERCURY): (
            "Marte forma un sextil con el Mercurio de tu carta natal y agudiza tu pensamiento: toma la decisión, envía "
            "la propuesta y haz avanzar tus planes."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.VENUS): (
            "El romance y el placer responden a la iniciativa mientras Marte forma un sextil con tu Venus natal, así "
            "que planea una cita o una salida y haz que ocurra."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.MARS): (
            "Marte forma un sextil con su propia posición natal y te ofrece un extra de energía constante; dedícalo al "
            "ejercicio, a un proyecto o a esa tarea atrasada de tu lista."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.JUPITER): (
            "Presenta la idea, apúntate o da el salto: Marte forma un sextil con tu Júpiter natal, y la acción audaz "
            "tiene margen para convertirse en algo gratificante."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.SATURN): (
            "El trabajo duro tiene recompensa con Marte en sextil con tu Saturno natal; invierte tu energía en "
            "estructuras a largo plazo y verás cómo resisten."
        ),
        (Body.MARS, Aspect.SQUARE, Body.SUN): (
            "Marte forma cuadratura con tu Sol natal y pueden surgir choques de voluntades; usa la presión para "
            "superar un obstáculo en lugar de arrollar a la gente."
        ),
        (Body.MARS, Aspect.SQUARE, Body.MOON): (
            "La irritabilidad puede aflorar en casa mientras Marte forma cuadratura con la Luna de tu carta natal; di "
            "pronto qué te molesta, antes de que tenga ocasión de desbordarse."
        ),
        (Body.MARS, Aspect.SQUARE, Body.MERCURY): (
            "Las palabras pueden volverse cortantes y las decisiones precipitadas cuando Marte forma cuadratura con tu "
            "Mercurio natal; cuenta hasta diez y luego di lo que haya que decir, sin rodeos."
        ),
        (Body.MARS, Aspect.SQUARE, Body.VENUS): (
            "Marte forma cuadratura con tu Venus natal y crea fricción entre el deseo y la armonía; un desacuerdo "
            "amoroso puede abrir paso a la sinceridad si no pierdes la ecuanimidad."
        ),
        (Body.MARS, Aspect.SQUARE, Body.MARS): (
            "Marte forma cuadratura con su propia posición natal, un punto de revisión en tu ciclo de dos años de "
            "energía y empuje; la frustración señala dónde ha dejado de funcionar tu forma habitual de actuar."
        ),
        (Body.MARS, Aspect.SQUARE, Body.JUPITER): (
            "Abarcar demasiado resulta tentador con Marte en cuadratura con tu Júpiter natal; la ambición es "
            "bienvenida, pero dosifica tus fuerzas y revisa los riesgos."
        ),
        (Body.MARS, Aspect.SQUARE, Body.SATURN): (
            "El esfuerzo choca con la resistencia mientras Marte forma cuadratura con tu Saturno natal, así que no "
            "fuerces las cosas y rodea el obstáculo con paciencia."
        ),
        (Body.MARS, Aspect.TRINE, Body.SUN): (
            "Marte forma un trígono con el Sol de tu carta natal, y la vitalidad y la confianza brotan sin esfuerzo; "
            "toma la iniciativa, arranca el proyecto y disfruta del impulso."
        ),
        (Body.MARS, Aspect.TRINE, Body.MOON): (
            "La emoción se transforma en acción útil cuando Marte forma un trígono con tu Luna natal: cocina, "
            "construye o limpia en casa, y saborea la satisfacción."
        ),
        (Body.MARS, Aspect.TRINE, Body.MERCURY): (
            "Con Marte en trígono con tu Mercurio natal, tu pensamiento es resolutivo y tus palabras convencen, así "
            "que debate, presenta propuestas o escribe con seguridad."
        ),
        (Body.MARS, Aspect.TRINE, Body.VENUS): (
            "Marte forma un trígono con tu Venus natal y mezcla con soltura pasión y ternura; el romance, el trabajo "
            "creativo y la vida social prosperan."
        ),
        (Body.MARS, Aspect.TRINE, Body.MARS): (
            "Tu energía fluye con libertad mientras Marte forma un trígono con su propia posición natal, un gran "
            "momento para el deporte, el trabajo duro y cualquier comienzo audaz."
        ),
        (Body.MARS, Aspect.TRINE, Body.JUPITER): (
            "Valor y suerte trabajan en equipo bajo el trígono de Marte con tu Júpiter natal; asume un riesgo "
            "calculado, porque la fortuna favorece tu iniciativa."
        ),
        (Body.MARS, Aspect.TRINE, Body.SATURN): (
            "Marte forma un trígono con el Saturno de tu carta natal y trae una energía disciplinada; el esfuerzo "
            "constante y concentrado construye algo que perdurará."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.SUN): (
            "Marte se opone a tu Sol natal y alguien podría desafiarte abiertamente; mantén tu posición con calma y "
            "busca el equilibrio más que la victoria."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.MOON): (
            "Con Marte en oposición a tu Luna natal, lo que hacen los demás puede removerte por dentro; responde desde "
            "la calma, no desde la herida, y haz de tu casa una zona de tregua."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.MERCURY): (
            "Las discusiones suben de tono mientras Marte se opone a tu Mercurio natal; escucha a la otra parte hasta "
            "el final antes de responder."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.VENUS): (
            "Atracción y conflicto saltan a la vez como chispas cuando Marte se opone a tu Venus natal; equilibra "
            "pasión y paciencia, y la tensión puede unirte más a esa persona."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.MARS): (
            "Marte se opone a su propia posición natal, el punto intermedio de tu ciclo de Marte; las ambiciones "
            "ajenas ponen a prueba las tuyas, así que adáptate en lugar de pelear."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.JUPITER): (
            "Con Marte en oposición a tu Júpiter natal, el empuje de otra persona puede tentarte a ir más allá de tus "
            "posibilidades; haz una pausa, calcula el coste y actúa según lo que sea realista."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.SATURN): (
            "La urgencia y la prudencia tiran en sentidos contrarios cuando Marte se opone a tu Saturno natal; deja "
            "que la tensión te enseñe qué norma conviene flexibilizar y cuál mantener."
        ),

        # ---- Jupiter: growth, luck, generosity, excess ----
        (Body.JUPITER, Aspect.CONJUNCTION, Body.SUN): (
            "Júpiter se encuentra con tu Sol natal y abre un capítulo nuevo y generoso de crecimiento y confianza; "
            "sueña a lo grande y deja que tu luz llegue más lejos que nunca."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.MOON): (
            "Tu sensación de hogar y de pertenencia se amplía cuando Júpiter cruza tu Luna natal; cuida los lazos "
            "familiares y, quizá, haz más sitio en tu casa."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.MERCURY): (
            "Con Júpiter sobre tu Mercurio natal, tu mente se abre a las grandes ideas; estudia, publica, viaja o "
            "enseña, y verás cómo tu voz llega más lejos."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.VENUS): (
            "Júpiter se encuentra con tu Venus natal, una etapa de abundancia para el amor y el dinero; saborea la "
            "prosperidad y recuerda que más no siempre es mejor."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.MARS): (
            "Júpiter se une a tu Marte natal y refuerza el valor y la ambición; emprende una aventura audaz, pero "
            "mantén tu entusiasmo atado a un plan."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.JUPITER): (
            "Júpiter regresa a su propio lugar en tu carta natal, tu retorno de Júpiter, que llega cada doce años; "
            "empieza un nuevo ciclo de crecimiento, así que elige en qué quieres expandirte."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.SATURN): (
            "La esperanza se encuentra con la responsabilidad cuando Júpiter cruza tu Saturno natal, y las estructuras "
            "que has construido pueden crecer; amplíalas con sensatez, planta a planta."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.SUN): (
            "El reconocimiento está a tu alcance mientras Júpiter forma un sextil con tu Sol natal, pero la puerta "
            "solo se abre ante una propuesta clara y segura, así que presenta la tuya."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.MOON): (
            "Júpiter forma un sextil con tu Luna natal e invita a que entre más calidez en tu vida doméstica; organiza "
            "una reunión, vuelve a conectar con tu familia o haz sitio a alguien nuevo."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.MERCURY): (
            "Las ocasiones de aprender y compartir ideas se multiplican mientras Júpiter forma un sextil con el "
            "Mercurio de tu carta natal; apúntate, alza la voz o planea ese viaje del que no paras de hablar."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.VENUS): (
            "Di que sí a gente nueva y a experiencias nuevas: Júpiter forma un sextil con tu Venus natal, y las "
            "oportunidades para el amor y el placer aparecen ante quien las busca."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.MARS): (
            "Júpiter forma un sextil con tu Marte natal y abre una ventana para la acción audaz y gratificante; el "
            "esfuerzo que inviertas en esta etapa tiene margen para dar fruto."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.JUPITER): (
            "Júpiter forma un sextil con su propia posición natal, una apertura afortunada en tu ciclo de crecimiento "
            "de doce años; aprovecha la ocasión cuando aparezca, porque no esperará."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.SATURN): (
            "El esfuerzo constante encuentra apoyo con Júpiter en sextil con tu Saturno natal, así que pide el "
            "respaldo, el ascenso o el mentor que necesitas."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.SUN): (
            "Júpiter forma cuadratura con el Sol de tu carta natal y la ambición puede desbordar tus planes; deja que "
            "el roce te haga crecer, pero que tus promesas sean realistas."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.MOON): (
            "Las emociones se magnifican y la casa puede parecer pequeña mientras Júpiter forma cuadratura con tu Luna "
            "natal; decide qué necesitas de verdad antes de añadir nada más."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.MERCURY): (
            "Bajo la cuadratura de Júpiter con tu Mercurio natal, los grandes planes pueden saltarse los detalles; "
            "comprueba los datos, acota el alcance y luego avanza con confianza."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.VENUS): (
            "Júpiter forma cuadratura con tu Venus natal y te tienta a gastar de más o a prometer demasiado en el "
            "amor; disfruta de tus placeres, pero ponles límites sensatos."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.MARS): (
            "Arriesgarse resulta irresistible cuando Júpiter forma cuadratura con tu Marte natal; canaliza ese impulso "
            "hacia un esfuerzo bien planificado y no hacia un salto temerario."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.JUPITER): (
            "Júpiter forma cuadratura con su propia posición natal, una etapa de balance en tu ciclo de crecimiento de "
            "doce años; la inquietud te muestra qué creencias necesitan ponerse al día."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.SATURN): (
            "Mientras Júpiter forma cuadratura con el Saturno de tu carta natal, las ganas de expandirte se topan con "
            "tu prudencia; deja que una modere a la otra y avanza a pasos medidos."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.SUN): (
            "Júpiter forma un trígono con tu Sol natal y trae una etapa larga y desahogada de confianza y buena "
            "fortuna; apunta alto, porque las puertas se te abren sin esfuerzo."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.MOON): (
            "Con Júpiter en trígono con tu Luna natal llegan la serenidad emocional y las bendiciones en casa; "
            "disfruta de la familia, de la comodidad y de un ánimo generoso."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.MERCURY): (
            "El estudio, la escritura y los viajes fluyen mientras Júpiter forma un trígono con tu Mercurio natal, así "
            "que comparte tus ideas con todo el mundo; encontrarán un público receptivo."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.VENUS): (
            "Júpiter forma un trígono con tu Venus natal, una época feliz y sencilla para el amor, la amistad y el "
            "dinero; disfrútala y comparte un poco de tu buena fortuna."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.MARS): (
            "Las jugadas audaces tienen viento a favor con Júpiter en trígono con tu Marte natal; lánzate al proyecto, "
            "al entrenamiento o a la aventura con la que llevas tiempo soñando."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.JUPITER): (
            "Júpiter forma un trígono con su propia posición natal, una fase armoniosa de tu ciclo de doce años, y el "
            "crecimiento llega con naturalidad, así que sigue lo que te inspira."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.SATURN): (
            "Visión y disciplina se equilibran cuando Júpiter forma un trígono con tu Saturno natal, una etapa ideal "
            "para construir una carrera, un hogar o un plan que perdure."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.SUN): (
            "Júpiter se opone a tu Sol natal y los demás pueden traerte grandes oportunidades o grandes exigencias; "
            "contrasta cada una con quien eres de verdad."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.MOON): (
            "El entusiasmo ajeno remueve tus sentimientos mientras Júpiter se opone a la Luna de tu carta natal; "
            "disfruta del calor, pero protege tu necesidad de calma."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.MERCURY): (
            "Otros puntos de vista desafían el tuyo cuando Júpiter se opone a tu Mercurio natal; mantén la mente "
            "abierta, porque el debate puede ampliar tu forma de pensar."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.VENUS): (
            "Los gestos generosos van y vienen con Júpiter en oposición a tu Venus natal; disfruta dando y recibiendo, "
            "y mantén en equilibrio el amor y el dinero."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.MARS): (
            "Júpiter se opone a tu Marte natal y otros pueden animarte a correr riesgos que no correrías por tu "
            "cuenta; comprueba si ese empujón sirve a tus objetivos."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.JUPITER): (
            "Júpiter se opone a su propia posición natal, el punto medio de tu ciclo de doce años; en los demás ves "
            "reflejadas tus creencias, y eso te muestra hacia dónde crecer ahora."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.SATURN): (
            "La expansión y la seguridad tiran en sentidos opuestos con Júpiter en oposición a tu Saturno natal; puede "
            "que alguien te anime a soltarte un poco, así que encuentra tu propio equilibrio."
        ),

        # ---- Saturn: duty, limits, patience, structure ----
        (Body.SATURN, Aspect.CONJUNCTION, Body.SUN): (
            "Saturno se encuentra con tu Sol natal, un tránsito exigente pero decisivo; comprométete con lo que de "
            "verdad importa y suelta los papeles que ya no te encajan."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.MOON): (
            "Saturno cruza la Luna de tu carta natal y te pide que te tomes en serio tus necesidades emocionales; "
            "construye un hogar y unas rutinas que te sostengan de verdad."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.MERCURY): (
            "Tu pensamiento se vuelve serio y preciso cuando Saturno se une a tu Mercurio natal; estudia, planifica y "
            "firma solo lo que entiendas del todo."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.VENUS): (
            "Saturno se encuentra con tu Venus natal y pone a prueba tus relaciones y tus finanzas; lo auténtico se "
            "fortalece, y lo que no lo es puede desvanecerse sin ruido."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.MARS): (
            "Puede que sientas tu esfuerzo bloqueado mientras Saturno se une a tu Marte natal; la acción lenta y "
            "disciplinada funciona mejor que la fuerza y te da una resistencia duradera."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.JUPITER): (
            "Saturno cruza tu Júpiter natal y pide a tus esperanzas que tomen forma sólida; recorta los sueños que no "
            "puedes sostener e invierte en los que sí."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.SATURN): (
            "Saturno regresa a su propio lugar en tu carta natal, tu retorno de Saturno, un rito de paso que te pide "
            "hacerte cargo del rumbo de tu vida."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.SUN): (
            "El sextil de Saturno con tu Sol natal te ofrece la ocasión de construir algo sólido; asume una "
            "responsabilidad real y verás crecer tu prestigio."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.MOON): (
            "Saturno forma un sextil con tu Luna natal y favorece las rutinas estables y la seguridad emocional; "
            "resuelve un asunto doméstico o familiar ahora que resulta fácil."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.MERCURY): (
            "La reflexión cuidadosa y la planificación se ven favorecidas con Saturno en sextil con el Mercurio de tu "
            "carta natal; aprovecha la ocasión para escribir, estudiar o cerrar un contrato."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.VENUS): (
            "El amor y el dinero se benefician del compromiso cuando Saturno forma un sextil con tu Venus natal, así "
            "que haz una promesa práctica o empieza un plan de ahorro."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.MARS): (
            "Saturno forma un sextil con tu Marte natal y te da aguante para un trabajo paciente y disciplinado; "
            "aprovecha para abordar paso a paso un proyecto largo."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.JUPITER): (
            "Dale una base firme a tus ambiciones mientras Saturno forma un sextil con tu Júpiter natal: un plan "
            "sensato trazado en esta etapa puede sostener tu crecimiento durante años."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.SATURN): (
            "Saturno forma un sextil con su propia posición natal, un momento constructivo en tu largo ciclo de "
            "Saturno; refuerza tus cimientos y asume los deberes que encajen contigo."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.SUN): (
            "Saturno forma cuadratura con tu Sol natal y los obstáculos ponen a prueba tu determinación; la presión es "
            "real, pero hacerle frente construye una confianza duradera."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.MOON): (
            "Con Saturno en cuadratura con tu Luna natal, la vida en casa puede pesarte o tus necesidades pueden "
            "quedar sin atender; ten paciencia contigo y refuerza lo que te sostiene."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.MERCURY): (
            "Los planes pueden atascarse o las dudas hacerse oír cuando Saturno forma cuadratura con tu Mercurio "
            "natal; baja el ritmo, revisa tu razonamiento y corrige en lugar de abandonar."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.VENUS): (
            "Saturno forma cuadratura con tu Venus natal y pone a prueba el amor y las finanzas; afronta con "
            "honestidad la pregunta difícil, y lo que quede será más sólido."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.MARS): (
            "La frustración crece cuando la acción encuentra resistencia, y la cuadratura de Saturno con tu Marte "
            "natal trae las dos cosas; trabaja con más inteligencia, no con más fuerza, y ve a tu ritmo."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.JUPITER): (
            "Saturno forma cuadratura con tu Júpiter natal y le pone freno a la expansión; deja que el roce te muestre "
            "qué planes merecen el esfuerzo."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.SATURN): (
            "Saturno forma cuadratura con su propia posición natal, uno de los hitos de tu ciclo de Saturno; las "
            "estructuras que ya no encajan salen a la luz, así que reconstruye con cuidado."
        ),
        (Body.SATURN, Aspect.TRINE, Body.SUN): (
            "Saturno forma un trígono con tu Sol natal y te presta firmeza y autoridad; las metas a largo plazo "
            "avanzan de forma fiable, así que invierte tu esfuerzo donde cuenta."
        ),
        (Body.SATURN, Aspect.TRINE, Body.MOON): (
            "Con Saturno en trígono con tu Luna natal llegan la estabilidad emocional y la calma en casa, una buena "
            "etapa para zanjar de una vez los asuntos familiares."
        ),
        (Body.SATURN, Aspect.TRINE, Body.MERCURY): (
            "Tu pensamiento es claro y disciplinado mientras Saturno forma un trígono con el Mercurio de tu carta "
            "natal; planifica ahora con cuidado, y tus planes se mantendrán firmes."
        ),
        (Body.SATURN, Aspect.TRINE, Body.VENUS): (
            "Saturno forma un trígono con tu Venus natal y refuerza los compromisos en el amor y el dinero; la lealtad "
            "tiene premio y una relación estable se hace más profunda."
        ),
        (Body.SATURN, Aspect.TRINE, Body.MARS): (
            "Esfuerzo y disciplina van a una con Saturno en trígono con tu Marte natal, así que la acción constante y "
            "paciente te permite lograr muchísimo."
        ),
        (Body.SATURN, Aspect.TRINE, Body.JUPITER): (
            "Saturno forma un trígono con tu Júpiter natal y equilibra la visión con el realismo; el crecimiento que "
            "construyas en esta etapa descansará sobre terreno firme."
        ),
        (Body.SATURN, Aspect.TRINE, Body.SATURN): (
            "Saturno forma un trígono con su propia posición natal, una fase estable en tu largo ciclo de madurez; las "
            "estructuras que has levantado te respaldan."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.SUN): (
            "Bajo la oposición de Saturno a tu Sol natal, alguien con autoridad puede cuestionar tu rumbo; mantente "
            "fiel a tu propósito mientras ajustas lo que está desequilibrado."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.MOON): (
            "Las responsabilidades hacia los demás pueden pesar sobre tu vida emocional mientras Saturno se opone a tu "
            "Luna natal; reparte la carga y expresa con claridad lo que necesitas."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.MERCURY): (
            "Tus planes pueden toparse con críticas o retrasos cuando Saturno se opone a tu Mercurio natal; quédate "
            "con la parte útil y corrige con paciencia."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.VENUS): (
            "Saturno se opone a tu Venus natal y pone a prueba el equilibrio de tus relaciones; para que duren, lo que "
            "das y lo que recibes tiene que ser justo."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.MARS): (
            "Con Saturno en oposición a tu Marte natal, las normas o las personas con autoridad pueden frenar tu "
            "empuje; busca con paciencia una salida en lugar de un choque frontal."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.JUPITER): (
            "La prudencia y la esperanza se miden cara a cara cuando Saturno se opone a tu Júpiter natal; el realismo "
            "ajeno puede frenar tus planes, así que conserva lo que es sólido y descarta el resto."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.SATURN): (
            "Saturno se opone a su propia posición natal, el ecuador de tu ciclo de Saturno; las exigencias externas "
            "reflejan las internas, así que reequilibra tus compromisos."
        ),
    },
)
