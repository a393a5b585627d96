"""Italian phrases for compatibility readings (see `horoscope_service.phrasebooks.compatibility`)."""

from horoscope_service.model import Element, Modality
from horoscope_service.phrasebooks.compatibility import CompatibilityBook

COMPATIBILITY = CompatibilityBook(
    elements={Element.FIRE: "fuoco", Element.EARTH: "terra", Element.AIR: "aria", Element.WATER: "acqua"},
    modalities={Modality.CARDINAL: "cardinale", Modality.FIXED: "fisso", Modality.MUTABLE: "mobile"},
    distance=(
        # 0: the same sign
        (
            "Con lo stesso segno vi riconoscete al volo, abitudini, speranze e punti ciechi compresi.",
            (
                "Essere così simili rende tutto più facile, ma significa anche che le lacune che avete in comune "
                "restano scoperte."
            ),
        ),
        # 1: neighboring signs (semi-sextile)
        (
            (
                "I vostri segni sono vicini di casa nello zodiaco: state fianco a fianco, ma affrontate la vita da "
                "angolazioni ben diverse."
            ),
            (
                "Ognuno di voi ha qualcosa che l'altro sta ancora imparando, e con un po' di pazienza le piccole "
                "differenze diventano lezioni discrete."
            ),
        ),
        # 2: sextile
        (
            "Vi unisce un sestile, un aspetto amichevole che apre porte ogni volta che uno dei due fa il primo passo.",
            (
                "La buona disposizione c'è fin dall'inizio; ciò che ne nascerà dipende dall'impegno che sceglierete di "
                "metterci insieme."
            ),
        ),
        # 3: square
        (
            (
                "Tra i vostri segni c'è una quadratura, perciò spesso i vostri istinti tirano in direzioni diverse "
                "nello stesso momento."
            ),
            (
                "Questo attrito può logorarvi o stimolarvi a vicenda, e dargli un nome fin da subito evita che diventi "
                "una questione personale."
            ),
        ),
        # 4: trine
        (
            (
                "I vostri segni formano un trigono, l'aspetto più armonioso di tutti, e spesso vi basta mezza parola "
                "per capirvi."
            ),
            (
                "Con così poca resistenza il rischio è adagiarsi, quindi ogni tanto regalate al vostro legame una "
                "nuova sfida."
            ),
        ),
        # 5: quincunx (inconjunct)
        (
            "Un quinconce separa i vostri segni, un aspetto scomodo in cui ognuno parla una lingua un po' diversa.",
            (
                "Adattarvi a vicenda richiede un impegno consapevole, ma il legame che ne nasce è spesso insolitamente "
                "creativo."
            ),
        ),
        # 6: opposite signs
        (
            (
                "I vostri segni si guardano da un capo all'altro dello zodiaco: ciascuno riflette ciò che l'altro "
                "tende a trascurare."
            ),
            (
                "L'attrazione degli opposti è reale, e dura se vivete le vostre differenze come un equilibrio, non "
                "come una gara."
            ),
        ),
    ),
    element_pair={
        (Element.FIRE, Element.FIRE): (
            "Due segni di fuoco insieme portano entusiasmo, progetti audaci e tante risate, spesso tutto in una volta.",
            (
                "Tra voi gli animi si accendono in fretta e si raffreddano altrettanto presto: lasciate passare la "
                "scintilla prima che diventi un incendio."
            ),
        ),
        (Element.FIRE, Element.EARTH): (
            (
                "Il fuoco porta la scintilla e la terra le fondamenta su cui costruire, anche se i vostri ritmi "
                "coincidono di rado."
            ),
            (
                "Uno dei due vuole buttarsi mentre l'altro vuole un piano, e i risultati migliori arrivano quando vi "
                "ascoltate a vicenda."
            ),
        ),
        (Element.FIRE, Element.AIR): (
            "Fuoco e aria si alimentano a vicenda: le idee diventano azione, e l'azione fa nascere nuove idee.",
            "Il dialogo scorre facile, e l'energia tra voi può salire al punto da farvi dimenticare riposo e routine.",
        ),
        (Element.FIRE, Element.WATER): (
            (
                "Fuoco e acqua fanno vapore: un miscuglio di passione autentica e di sentimenti che si feriscono "
                "facilmente."
            ),
            (
                "Uno dei due agisce d'impulso e l'altro secondo l'umore, quindi nei momenti più accesi la dolcezza "
                "conta più di tutto."
            ),
        ),
        (Element.EARTH, Element.EARTH): (
            (
                "Due segni di terra costruiscono insieme qualcosa di solido, con lo stesso rispetto per l'impegno, le "
                "comodità e le promesse mantenute."
            ),
            (
                "Tra voi tutto rischia di assestarsi troppo facilmente in una routine: concedetevi ogni tanto "
                "un'uscita fuori programma."
            ),
        ),
        (Element.EARTH, Element.AIR): (
            (
                "La terra si occupa del concreto e l'aria del possibile, il che fa di voi un duo riflessivo ma a volte "
                "un po' perplesso."
            ),
            "Fate incontrare idee e senso pratico a metà strada: uno immagina il piano, l'altro verifica che regga.",
        ),
        (Element.EARTH, Element.WATER): (
            "Terra e acqua si nutrono a vicenda, con una cura costante da una parte e un sentire profondo dall'altra.",
            (
                "Tra voi la fiducia cresce piano ma con sicurezza, e una volta messe radici è straordinariamente "
                "difficile da scalfire."
            ),
        ),
        (Element.AIR, Element.AIR): (
            "Due segni d'aria non restano mai a corto di argomenti, e le vostre menti si incontrano senza sforzo.",
            (
                "Tra tante idee i sentimenti possono perdersi, quindi dite ad alta voce ciò che conta per voi invece "
                "di darlo per scontato."
            ),
        ),
        (Element.AIR, Element.WATER): (
            "L'aria ragiona sulle cose mentre l'acqua le sente, e a volte fate fatica a decifrarvi.",
            "Quando logica ed emozione si danno il cambio invece di competere, potete capirvi meglio di tanti altri.",
        ),
        (Element.WATER, Element.WATER): (
            (
                "Tra due segni d'acqua gli stati d'animo si intuiscono quasi senza parole, e nasce un'intesa profonda "
                "e tutta vostra."
            ),
            (
                "Le emozioni condivise rischiano di trasformarsi in ansie condivise: tenete sempre a portata di mano "
                "uno sguardo esterno."
            ),
        ),
    },
    modality_pair={
        (Modality.CARDINAL, Modality.CARDINAL): (
            "A voi due piace prendere l'iniziativa, indicare la direzione e mettere le cose in moto.",
            (
                "Se volete guidare nello stesso momento, stabilite chi si occupa di cosa, e la rivalità diventerà una "
                "vera collaborazione."
            ),
        ),
        (Modality.CARDINAL, Modality.FIXED): (
            "Uno dei due avvia le cose e l'altro le porta avanti: un'accoppiata forte di iniziativa e resistenza.",
            (
                "L'attrito nasce quando i nuovi piani si scontrano con abitudini radicate, quindi decidete insieme "
                "cosa resta e cosa può cambiare."
            ),
        ),
        (Modality.CARDINAL, Modality.MUTABLE): (
            "Uno traccia la rotta e l'altro la adatta al mutare delle circostanze, il che mantiene i piani flessibili.",
            (
                "I problemi nascono solo quando le decisioni vengono prese troppo in fretta per uno o cambiate troppo "
                "spesso per l'altro."
            ),
        ),
        (Modality.FIXED, Modality.FIXED): (
            "Due segni fissi portano una fedeltà ostinata: una volta preso un impegno reciproco, lo mantenete.",
            (
                "Nessuno dei due cede terreno facilmente, quindi i disaccordi possono irrigidirsi se qualcuno non fa "
                "la prima piccola concessione."
            ),
        ),
        (Modality.FIXED, Modality.MUTABLE): (
            "Uno offre costanza e l'altro flessibilità, e nei giorni buoni questo vi equilibra bene.",
            (
                "Chi è più stabile può trovare l'altro irrequieto, e chi è più irrequieto può sentirsi in gabbia: "
                "parlate apertamente dei vostri ritmi."
            ),
        ),
        (Modality.MUTABLE, Modality.MUTABLE): (
            "Due segni mobili si adattano a quasi tutto, e il tempo che passate insieme è leggero, vario e facile.",
            (
                "Se nessuno tiene la barra, i progetti possono andare alla deriva: scegliete pochi impegni e portateli "
                "a termine insieme."
            ),
        ),
    },
    love={
        (Element.FIRE, Element.FIRE): (
            "Tra due segni di fuoco l'amore è ardente e giocoso, pieno di sfide, sorprese e riconciliazioni lampo."
        ),
        (Element.FIRE, Element.EARTH): (
            "In amore l'impazienza incontra un ritmo più lento, e chi sa aspettare viene ricompensato da un calore che "
            "dura anni."
        ),
        (Element.FIRE, Element.AIR): (
            "Tra te e la persona che ami il flirt nasce spontaneo, e mantenere il gioco leggero è ciò che tiene viva "
            "la passione."
        ),
        (Element.FIRE, Element.WATER): (
            "La passione tra te e chi ami è profonda, ma i sentimenti più teneri vanno trattati con cura quando la "
            "tensione sale."
        ),
        (Element.EARTH, Element.EARTH): (
            "Il vostro amore cresce con piccoli gesti affidabili, come una cena cucinata insieme o una promessa "
            "mantenuta senza clamore."
        ),
        (Element.EARTH, Element.AIR): (
            "In amore uno dei due dimostra affetto con le parole e l'altro con i fatti: imparate a leggere entrambi i "
            "linguaggi."
        ),
        (Element.EARTH, Element.WATER): (
            "Tu e la persona che ami costruite un amore tenero e protettivo, in cui potete abbassare le difese senza "
            "timore."
        ),
        (Element.AIR, Element.AIR): (
            "Per te e chi ami l'amore comincia dalla testa, e una bella conversazione resta la vostra forma di "
            "romanticismo più affidabile."
        ),
        (Element.AIR, Element.WATER): (
            "In amore uno dei due ha bisogno di parlare delle cose e l'altro di comprensione: date spazio a tutte e "
            "due le esigenze."
        ),
        (Element.WATER, Element.WATER): (
            "Il vostro amore è intimo e intuitivo, ma giova dire apertamente ciò che ognuno spera in silenzio."
        ),
    },
    love_distance=(
        (
            "Amare qualcuno così simile a te è come tornare a casa, ma conserva un po' di mistero coltivando interessi "
            "tutti tuoi."
        ),
        (
            "Tra segni vicini, le piccole differenze di abitudini vanno negoziate con garbo, non covate in silenzio "
            "come rancori."
        ),
        "Per voi l'amore nasce facilmente dall'amicizia, e gli interessi in comune tengono viva l'attrazione.",
        (
            "La quadratura tra i vostri segni porta chimica e scontri in egual misura: litigate lealmente e fate pace "
            "con calore."
        ),
        (
            "Il vostro trigono rende l'affetto naturale e spontaneo, e i piccoli gesti romantici gli impediscono di "
            "diventare abitudine."
        ),
        (
            "Con un quinconce l'amore vive di curiosità: invece di tirare a indovinare, continua a chiedere all'altra "
            "persona di cosa ha bisogno."
        ),
        (
            "Tra segni opposti l'attrazione è forte, e si approfondisce man mano che ognuno impara dal modo di essere "
            "dell'altro."
        ),
    ),
    friendship={
        (Element.FIRE, Element.FIRE): (
            "In amicizia vi spronate a vicenda a provare cose nuove, e intorno a voi due la vita è raramente noiosa."
        ),
        (Element.FIRE, Element.EARTH): (
            "Questa amicizia unisce un animo avventuroso e uno spirito realista, e ciascuno, a modo suo, tiene l'altro "
            "lontano dai guai."
        ),
        (Element.FIRE, Element.AIR): (
            "La vostra amicizia vive di avventure condivise e lunghe chiacchierate, e tra voi i progetti tendono a "
            "moltiplicarsi."
        ),
        (Element.FIRE, Element.WATER): (
            "In amicizia uno porta il coraggio e l'altro l'empatia, e tutti e due tornano utili quando la vita si fa "
            "difficile."
        ),
        (Element.EARTH, Element.EARTH): (
            "La vostra è un'amicizia che si presenta con un aiuto concreto, senza fare domande."
        ),
        (Element.EARTH, Element.AIR): (
            "Nell'amicizia vi completate: uno porta idee fresche, l'altro un sano richiamo alla realtà."
        ),
        (Element.EARTH, Element.WATER): (
            "È un'amicizia leale e senza drammi, in cui una serata tranquilla insieme può valere più di qualsiasi "
            "festa."
        ),
        (Element.AIR, Element.AIR): (
            "La vostra amicizia è un'unica lunga conversazione, piena di battute che capite solo voi, link condivisi e "
            "opinioni su tutto."
        ),
        (Element.AIR, Element.WATER): (
            "Davanti a un problema uno dei due vuole analizzarlo e l'altro cerca solo conforto: chiedete prima che "
            "tipo di sostegno serve."
        ),
        (Element.WATER, Element.WATER): (
            "Nella vostra amicizia gli stati d'animo si leggono d'istinto, e le confidenze trovano sempre un rifugio "
            "sicuro."
        ),
    },
    friendship_distance=(
        (
            "Condividere il segno dà alla vostra amicizia un linguaggio in codice che agli altri può sfuggire, "
            "testardaggini comprese."
        ),
        (
            "La vicinanza dei vostri segni crea un'amicizia in cui le lacune di ciascuno vengono colmate in silenzio, "
            "senza bisogno di farle notare."
        ),
        (
            "Il sestile è uno degli aspetti più amichevoli che esistano, e questo legame può durare anni con "
            "pochissima manutenzione."
        ),
        (
            "Questa amicizia ha i suoi momenti di tensione, ma i disaccordi sinceri tendono a rafforzarla anziché "
            "indebolirla."
        ),
        (
            "Con un trigono tra i vostri segni l'amicizia scorre senza fatica, e ogni volta riprendete il discorso "
            "esattamente dove si era interrotto."
        ),
        (
            "Sulla carta sembra un'amicizia improbabile, e invece funziona perché ognuno mostra all'altro un mondo "
            "diverso."
        ),
        "Con segni opposti guardate le cose dai due estremi, e per questo i consigli che vi scambiate sono preziosi.",
    ),
    work={
        (Element.FIRE, Element.FIRE): (
            "Al lavoro l'energia e l'ambizione non vi mancano: dividetevi equamente i riflettori e controllate chi "
            "bada ai dettagli."
        ),
        (Element.FIRE, Element.EARTH): (
            "In un progetto comune uno dei due dà lo slancio e l'altro porta a termine, una combinazione vincente "
            "quando le scadenze incombono."
        ),
        (Element.FIRE, Element.AIR): (
            "Lavorando insieme producete idee in fretta e sapete presentarle bene, ma qualcuno deve occuparsi del "
            "seguito."
        ),
        (Element.FIRE, Element.WATER): (
            "Tra colleghi, uno spinge in avanti mentre l'altro sa leggere l'atmosfera, ed entrambi gli istinti aiutano "
            "la squadra."
        ),
        (Element.EARTH, Element.EARTH): (
            "Sul lavoro siete affidabili e costanti, e insieme ottenete risultati solidi su cui gli altri possono "
            "contare."
        ),
        (Element.EARTH, Element.AIR): (
            "Al lavoro uno dei due elabora la strategia e l'altro la mette alla prova con la realtà, evitando errori "
            "costosi."
        ),
        (Element.EARTH, Element.WATER): (
            "Lavorando fianco a fianco unite competenza pratica e sensibilità per i bisogni delle persone, e si vede "
            "nei risultati."
        ),
        (Element.AIR, Element.AIR): (
            "In ufficio eccellete nel brainstorming e nel networking, ma mettete per iscritto chi porta a termine ogni "
            "compito."
        ),
        (Element.AIR, Element.WATER): (
            "In squadra la logica arriva da uno e il morale dall'altro, quindi riconoscete il valore di entrambi i "
            "contributi."
        ),
        (Element.WATER, Element.WATER): (
            "Lavorate bene in tutto ciò che richiede cura o creatività, anche se le decisioni possono arenarsi mentre "
            "sondate l'umore generale."
        ),
    },
    work_distance=(
        (
            "Lavorare con qualcuno del proprio segno significa avere metodi e obiettivi uguali: prima delle grandi "
            "decisioni, chiedete un terzo parere."
        ),
        (
            "Al lavoro, segni vicini coprono competenze contigue, quindi dividetevi i compiti in base a ciò che "
            "ciascuno sa fare meglio."
        ),
        (
            "Il sestile tra voi favorisce la collaborazione, e i progetti comuni tendono ad aprire opportunità per "
            "entrambi."
        ),
        (
            "Lavorare sotto una quadratura può creare tensione, ma proprio quella pressione porta spesso ai vostri "
            "risultati più ambiziosi."
        ),
        (
            "Con un trigono a unirvi, i compiti passano dall'uno all'altro senza intoppi e un ritmo comune nasce quasi "
            "senza parlarne."
        ),
        (
            "Sul lavoro i vostri approcci raramente combaciano all'inizio: fissate aspettative chiare e fate spesso il "
            "punto."
        ),
        "Colleghi di segni opposti bilanciano i rispettivi punti di forza, a patto di negoziare invece di competere.",
    ),
    day={
        "moon_in_one": (
            "Con la Luna {moon_in}, nel segno di uno di voi, oggi sono le sue emozioni a dare il tono per voi due.",
            (
                "La Luna {moon_in} mette oggi sotto i riflettori uno di voi: chi la sente di più dica apertamente di "
                "cosa ha bisogno."
            ),
            (
                "Oggi la Luna è {moon_in}, a casa in uno dei vostri segni, e le emozioni tra voi diventano più facili "
                "da leggere."
            ),
        ),
        "moon_in_shared_element": (
            "La Luna {moon_in} oggi condivide l'elemento di uno di voi: il suo istinto è una buona guida.",
            "Con la Luna {moon_in}, oggi un elemento familiare colora la giornata e collaborare richiede meno sforzo.",
            (
                "Un elemento che conoscete bene torna con la Luna {moon_in}, quindi oggi i progetti condivisi battono "
                "quelli in solitaria."
            ),
        ),
        "moon_harmonious": (
            (
                "La Luna {moon_in} guarda oggi con favore entrambi i vostri segni: un buon momento per i progetti da "
                "fare insieme."
            ),
            (
                "Con la Luna {moon_in} in buon aspetto con voi due, la giornata favorisce i discorsi sinceri e i gesti "
                "generosi."
            ),
            (
                "Oggi la Luna {moon_in} spiana la strada tra voi, e un argomento difficile potrebbe essere più facile "
                "da affrontare."
            ),
        ),
        "moon_tense": (
            (
                "Oggi la Luna {moon_in} mette sotto pressione uno di voi: tenete conto che la pazienza potrebbe "
                "esaurirsi prima del solito."
            ),
            "Con la Luna {moon_in} in aspetto teso, oggi conviene ascoltare più che chiudere vecchie discussioni.",
            (
                "Oggi la Luna {moon_in} può trasmettere un po' di irrequietezza a uno di voi: un pizzico di pazienza "
                "in più farà bene a voi due."
            ),
        ),
        "moon_neutral": (
            (
                "Con la Luna {moon_in}, oggi non ci sono spinte forti in nessuna direzione, quindi l'atmosfera tra voi "
                "dipende da voi."
            ),
            "La Luna {moon_in} oggi resta sullo sfondo, un buon momento per condividere le piccole routine quotidiane.",
            (
                "Oggi la Luna {moon_in} vi lascia la libertà di scegliere il vostro passo e di trovare un punto "
                "d'incontro."
            ),
        ),
    },
)
