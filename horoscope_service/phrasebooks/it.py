from horoscope_service.model import Aspect, Body, MoonPhase
from horoscope_service.phrasebooks import Phrasebook

_SIGNS = ("Ariete", "Toro", "Gemelli", "Cancro", "Leone", "Vergine",
          "Bilancia", "Scorpione", "Sagittario", "Capricorno", "Acquario", "Pesci")

BOOK = Phrasebook(
    signs=_SIGNS,
    in_signs=tuple(f"in {s}" for s in _SIGNS),
    planets={Body.SUN: "il Sole", Body.MOON: "la Luna", Body.MERCURY: "Mercurio", Body.VENUS: "Venere",
             Body.MARS: "Marte", Body.JUPITER: "Giove", Body.SATURN: "Saturno", Body.URANUS: "Urano",
             Body.NEPTUNE: "Nettuno", Body.PLUTO: "Plutone"},
    on_weekdays=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    today="oggi",
    this_week="questa settimana",
    this_month="questo mese",

    # ---- Daily summary ----
    moon_house=(
        # 1: self, body, appearance (the Moon in the reader's own sign)
        ("Sono i tuoi stati d'animo a dettare il ritmo mentre la Luna è {moon_in}, il tuo segno: lascia che il primo "
         "istinto guidi le piccole scelte.",
         "Con la Luna {moon_in} gli altri ti leggono in viso con facilità: lascia trasparire calore, non "
         "preoccupazione.",
         "Una volta al mese la Luna torna nel tuo segno, e ora è {moon_in}: per un giorno metti al primo posto i tuoi "
         "bisogni.",
         "L'energia torna a scorrere nel corpo sotto una Luna {moon_in}: muoviti, allungati e prenditi un po' più di "
         "spazio."),
        # 2: money, possessions, values
        ("Le questioni di denaro passano in primo piano mentre la Luna è {moon_in}: controlla quella bolletta o quel "
         "conto che continui a evitare.",
         "Ciò che possiedi e ciò a cui dai valore passano al vaglio con la Luna {moon_in}: conserva quello che usi e "
         "lascia andare il resto.",
         "Le tue spese rispecchiano ciò che conta davvero per te? Una Luna {moon_in} rende la risposta evidente.",
         "Comodità e sicurezza contano più del solito ora che la Luna è {moon_in}, e un piccolo sfizio che puoi "
         "permetterti è ben meritato."),
        # 3: messages, siblings, neighborhood, short trips
        ("Messaggi, telefonate e piccole commissioni riempiono le ore con la Luna {moon_in}: tieni una lista, così "
         "non ti sfugge niente.",
         "Un fratello, una sorella o un vicino potrebbero avere novità per te, e la Luna {moon_in} rende facile la "
         "conversazione.",
         "Allunga il giro quando vai a fare la spesa: le brevi uscite nel quartiere ti ricaricano mentre la Luna è "
         "{moon_in}.",
         "Le tue parole vanno a segno sotto una Luna {moon_in}: manda l'email che da giorni scrivi e riscrivi nella "
         "tua testa."),
        # 4: home, family, roots
        ("Casa e famiglia chiedono la tua attenzione mentre la Luna è {moon_in}, e una serata tra le mura domestiche "
         "potrebbe essere proprio ciò che ci vuole.",
         "Una telefonata a un genitore o a un vecchio amico di famiglia vale più di quanto immagini con la Luna "
         "{moon_in}.",
         "Libera un ripiano, apri una finestra, accendi una lampada: sotto una Luna {moon_in}, l'ambiente intorno a "
         "te plasma il tuo umore.",
         "I luoghi della tua infanzia tornano facilmente alla memoria ora che la Luna è {moon_in}, e ti ricordano "
         "che cosa ti fa sentire al sicuro."),
        # 5: romance, play, creativity, children
        ("Romanticismo e voglia di giocare prendono quota mentre la Luna è {moon_in}: concediti qualcosa da fare solo "
         "per il piacere di farlo.",
         "Le idee creative arrivano veloci con la Luna {moon_in}: disegna, cucina, canta o scrivi prima che "
         "l'ispirazione svanisca.",
         "Flirtare viene naturale sotto una Luna {moon_in}, e un invito improvvisato potrebbe trasformarsi in una "
         "splendida serata.",
         "Il tempo con i bambini, o con il tuo lato più giocoso, ti rigenera finché la Luna resta {moon_in}."),
        # 6: daily work, routine, health
        ("La routine quotidiana merita una messa a punto mentre la Luna è {moon_in}: una buona abitudine in più vale "
         "più di una rivoluzione totale.",
         "La lista delle cose da fare si accorcia in fretta con la Luna {moon_in}, soprattutto i compiti noiosi che "
         "continui a rimandare.",
         "Lavora a blocchi regolari e mangia a orari fissi: una Luna {moon_in} premia la costanza più dell'eroismo.",
         "Acqua, sonno e una passeggiata quotidiana ti fanno più bene del solito, perché la Luna {moon_in} mette in "
         "luce il tuo benessere."),
        # 7: partners, contracts, one-to-one
        ("Partner e alleati stretti sono al centro della scena mentre la Luna è {moon_in}: trova tempo per la persona "
         "che ti sostiene.",
         "I dialoghi a tu per tu vanno più a fondo con la Luna {moon_in}: scegli un posto tranquillo e ascolta "
         "davvero.",
         "Rileggi due volte gli accordi e chiarisci chi fa cosa: la Luna {moon_in} mette sotto esame contratti e "
         "promesse.",
         "Sotto una Luna {moon_in} chi ti sta vicino ti restituisce, come uno specchio, il tuo stesso umore, e "
         "potresti scoprire qualcosa di te."),
        # 8: shared resources, intimacy, debts, transformation
        ("Soldi in comune, prestiti e decisioni condivise richiedono un discorso sincero, e la Luna {moon_in} ti "
         "aiuta ad avviarlo.",
         "Con la Luna {moon_in} l'intimità chiede fiducia più che parole: lascia che qualcuno veda il tuo lato più "
         "tenero.",
         "Saldare anche un piccolo debito o ricambiare un vecchio favore è liberatorio ora che la Luna è {moon_in}.",
         "Qualcosa che non fa più per te è pronto a uscire dalla tua vita, e la Luna {moon_in} ti dà il coraggio di "
         "lasciarlo andare."),
        # 9: travel, study, beliefs
        ("I luoghi lontani ti tentano mentre la Luna è {moon_in}: comincia a informarti sul viaggio che continui a "
         "immaginare.",
         "Un libro, un corso o una lunga conversazione ti aprono la mente con la Luna {moon_in}.",
         "Ascolta chi vede il mondo in modo diverso: una Luna {moon_in} sottopone le tue convinzioni a un confronto "
         "amichevole.",
         "La routine ti va stretta quando la Luna è {moon_in}: cambia orizzonte con un locale nuovo, una strada "
         "diversa o un argomento inedito."),
        # 10: career, standing, reputation
        ("La carriera entra in primo piano mentre la Luna è {moon_in}, e i tuoi superiori notano come reggi la "
         "pressione.",
         "Una competenza discreta costruisce la tua reputazione con la Luna {moon_in}: lascia che i risultati parlino "
         "prima di te.",
         "L'ambizione si risveglia sotto una Luna {moon_in}: scrivi l'obiettivo che vuoi raggiungere sul lavoro e un "
         "passo per avvicinarti.",
         "Il modo in cui ti vedono al lavoro conta più del solito quando la Luna è {moon_in}: fai promesse piccole e "
         "mantienile tutte."),
        # 11: friends, groups, hopes
        ("Amici e gruppi tirano fuori il meglio di te durante il soggiorno della Luna {moon_in}: di' di sì a un "
         "ritrovo.",
         "Una vecchia speranza torna in vita con la Luna {moon_in}, e un amico potrebbe sapere come aiutarti.",
         "Dividi la fatica e i meriti: sotto una Luna {moon_in} il lavoro di squadra scorre con facilità.",
         "Ricontatta qualcuno che hai perso di vista: la Luna {moon_in} favorisce la tua rete di conoscenze."),
        # 12: rest, solitude, what is hidden
        ("Riposo e solitudine ti fanno bene mentre la Luna è {moon_in}: proteggi un'ora libera da qualsiasi richiesta.",
         "Le ore di quiete ti ricaricano con la Luna {moon_in}, e concederti un pisolino o andare a letto presto non "
         "è un lusso.",
         "Sentimenti nascosti affiorano dolcemente sotto una Luna {moon_in}: metterli per iscritto ti aiuta a capirli.",
         "Ciò che prepari dietro le quinte conta più di ciò che mostri quando la Luna è {moon_in}: pianifica invece "
         "di esibirti."),
    ),
    lunar_aspects={
        # The Sun: will, vitality, visibility
        (Body.SUN, Aspect.CONJUNCTION): (
            "La congiunzione tra Luna e Sole fonde cuore e volontà: ciò che vuoi e ciò che senti finalmente vanno "
            "d'accordo.",
            "Con la Luna unita al Sole, la tua energia si concentra in un solo punto: scegli un unico obiettivo e "
            "mettici tutto il tuo peso.",
            "L'incontro tra la Luna e il Sole segna un nuovo inizio in sordina: meglio fissare un'intenzione che dare "
            "spettacolo.",
        ),
        (Body.SUN, Aspect.SEXTILE): (
            "Il sestile della Luna al Sole apre un piccolo spiraglio per farti notare: fatti avanti e proponi la tua "
            "idea.",
            "Un sestile tra Luna e Sole ti regala una vitalità costante, ma solo se la spendi per qualcosa che conta.",
            "Il sostegno di chi ha potere decisionale è a portata di mano con il sestile della Luna al Sole: chiedi "
            "ciò che ti serve.",
        ),
        (Body.SUN, Aspect.SQUARE): (
            "La Luna è in quadratura con il Sole, e sentimenti e obiettivi tirano in direzioni diverse: dai retta a "
            "ciò che non può aspettare.",
            "L'attrito della quadratura tra Luna e Sole può metterti addosso una certa irrequietezza, ottimo "
            "carburante per sbloccare un compito fermo.",
            "L'orgoglio si ferisce facilmente sotto la quadratura Luna-Sole: trasforma l'irritazione in un passo "
            "deciso.",
        ),
        (Body.SUN, Aspect.TRINE): (
            "Il trigono della Luna al Sole fa lavorare insieme testa e cuore, e i progetti avanzano senza forzature.",
            "Con la Luna in trigono al Sole la sicurezza viene da sé: mettiti in vista e goditela.",
            "Un trigono tra la Luna e il Sole ti restituisce vitalità: spendine un po' alla luce del giorno e "
            "all'aria aperta.",
        ),
        (Body.SUN, Aspect.OPPOSITION): (
            "La Luna è in opposizione al Sole, e ciò di cui hai bisogno tira contro ciò che desideri: un giusto "
            "equilibrio vale più di una vittoria su tutta la linea.",
            "Opposta al Sole, la Luna illumina in pieno le tue scelte, e gli altri vedono con chiarezza per che cosa "
            "ti batti.",
            "Con la Luna opposta al Sole, due lati della tua vita chiedono lo stesso tempo: dai a ciascuno la sua ora.",
        ),
        # Mercury: talk, plans, messages
        (Body.MERCURY, Aspect.CONJUNCTION): (
            "La congiunzione della Luna con Mercurio ti riempie la testa di idee e il telefono di messaggi: annota le "
            "migliori.",
            "Sentimenti e parole si fondono mentre la Luna incontra Mercurio: di' quello che intendi finché è ancora "
            "fresco.",
            "Con la Luna unita a Mercurio, una chiacchierata può farsi intensa in fretta: mantieni il tono più "
            "leggero dei tuoi pensieri.",
        ),
        (Body.MERCURY, Aspect.SEXTILE): (
            "Il sestile della Luna a Mercurio apre la porta a un confronto utile: fai tu la telefonata invece di "
            "aspettarla.",
            "Un sestile tra la Luna e Mercurio aiuta i progetti a incastrarsi, se ti siedi e li metti su carta.",
            "I messaggi inviati sotto il sestile della Luna a Mercurio trovano un lettore ben disposto: rispondi a "
            "quello che aspetta da più tempo.",
        ),
        (Body.MERCURY, Aspect.SQUARE): (
            "La Luna è in quadratura con Mercurio e le parole possono uscire più taglienti di quanto vorresti: "
            "fermati un attimo prima di premere invio.",
            "I segnali contrastanti della quadratura Luna-Mercurio ti spingono a definire meglio un piano rimasto "
            "troppo vago.",
            "Un piccolo malinteso sotto la quadratura tra Luna e Mercurio è il segnale per fare la domanda diretta.",
        ),
        (Body.MERCURY, Aspect.TRINE): (
            "Il trigono della Luna a Mercurio rende facile parlare: affronta l'argomento che di solito ti mette a "
            "disagio.",
            "Progetti e scartoffie scorrono lisci con il trigono della Luna a Mercurio: smaltisci gli arretrati in un "
            "colpo solo.",
            "Con la Luna in trigono a Mercurio ciò che impari resta impresso: leggi, ascolta o prendi appunti su "
            "qualcosa di nuovo.",
        ),
        (Body.MERCURY, Aspect.OPPOSITION): (
            "La Luna è in opposizione a Mercurio, così testa e cuore litigano: lascia parlare entrambi prima di "
            "decidere.",
            "Di fronte a Mercurio, la Luna ti mostra l'altro lato di una discussione, e ascoltare ti porta più "
            "lontano che ribattere.",
            "Con la Luna opposta a Mercurio, i tuoi piani incontrano quelli di qualcun altro: aggiusta i dettagli "
            "finché i due progetti non combaciano.",
        ),
        # Venus: affection, pleasure, money spent
        (Body.VENUS, Aspect.CONJUNCTION): (
            "La congiunzione della Luna con Venere avvolge la giornata di affetto: di' chiaramente a qualcuno che ci "
            "tieni.",
            "Piacere e comodità si fondono mentre la Luna incontra Venere: goditi buon cibo o buona musica senza "
            "sensi di colpa.",
            "Con la Luna unita a Venere la voglia di spendere è forte: compra una cosa bella, non cinque.",
        ),
        (Body.VENUS, Aspect.SEXTILE): (
            "Il sestile della Luna a Venere offre un'occasione di calore umano, ma il primo gesto gentile tocca a te.",
            "Un sestile tra la Luna e Venere premia i piccoli gesti: un biglietto, un fiore, un caffè insieme.",
            "Un acquisto azzeccato o un buon affare sono a portata di mano con il sestile della Luna a Venere, se ti "
            "muovi.",
        ),
        (Body.VENUS, Aspect.SQUARE): (
            "La Luna è in quadratura con Venere, e il desiderio di avere di più può portarti a spendere troppo: fissa "
            "un limite prima di fare acquisti.",
            "L'attrito della quadratura Luna-Venere risveglia piccole gelosie: di' di che cosa hai bisogno invece di "
            "tenere il broncio.",
            "Le piccole indulgenze tentano sotto la quadratura tra Luna e Venere: scegline una che domani non "
            "rimpiangerai.",
        ),
        (Body.VENUS, Aspect.TRINE): (
            "Il trigono della Luna a Venere porta affetto spontaneo e buona compagnia: accetta un invito.",
            "Con la Luna in trigono a Venere trovare la bellezza è facile: risistema una stanza o indossa il tuo "
            "colore preferito.",
            "Denaro e piacere trovano un buon equilibrio sotto il trigono della Luna a Venere, e un piccolo lusso sa "
            "di ricchezza.",
        ),
        (Body.VENUS, Aspect.OPPOSITION): (
            "La Luna è in opposizione a Venere, e i tuoi bisogni potrebbero scontrarsi con i gusti di qualcun altro: "
            "cerca il terreno comune.",
            "Con la Luna opposta a Venere, dare e ricevere affetto richiedono equilibrio: lascia che qualcuno faccia "
            "qualcosa per te.",
            "Di fronte a Venere, la Luna tira il portafoglio in due direzioni, verso il risparmio e verso gli sfizi: "
            "trova una via di mezzo.",
        ),
        # Mars: drive, anger, action
        (Body.MARS, Aspect.CONJUNCTION): (
            "La congiunzione della Luna con Marte ti carica di grinta: indirizzala verso un lavoro fisico e lo vedrai "
            "sparire in fretta.",
            "Gli animi si scaldano mentre la Luna incontra Marte: conta fino a dieci prima di rispondere a una "
            "provocazione.",
            "Con la Luna unita a Marte il coraggio arriva facilmente: comincia ciò intorno a cui giri da settimane.",
        ),
        (Body.MARS, Aspect.SEXTILE): (
            "Il sestile della Luna a Marte ti dà la spinta giusta per cominciare: fai il primo passo prima di "
            "mezzogiorno.",
            "Un sestile tra la Luna e Marte favorisce l'azione rapida: occupati della commissione, dell'allenamento o "
            "della riparazione.",
            "Farti valere riesce bene sotto il sestile della Luna a Marte, purché tu lo faccia con calma.",
        ),
        (Body.MARS, Aspect.SQUARE): (
            "La Luna è in quadratura con Marte e il nervosismo sale in fretta: metti quel fuoco nell'impegno, non "
            "nelle discussioni.",
            "L'attrito della quadratura tra Luna e Marte ti rende impaziente, ed è il segnale per sistemare ciò che "
            "ti infastidisce.",
            "La fretta genera piccoli errori sotto la quadratura Luna-Marte: sfoga la smania con una camminata veloce "
            "o un allenamento.",
        ),
        (Body.MARS, Aspect.TRINE): (
            "Il trigono della Luna a Marte trasforma l'energia in progressi senza sforzo: metti mano a un lavoro più "
            "grande.",
            "Forte del trigono della Luna a Marte, agisci con sicurezza e gli altri seguono volentieri la tua guida.",
            "Lo sforzo fisico fa bene sotto il trigono della Luna a Marte: corri, balla, solleva pesi o zappa l'orto.",
        ),
        (Body.MARS, Aspect.OPPOSITION): (
            "La Luna è in opposizione a Marte, e la grinta di qualcun altro potrebbe scontrarsi con la tua: chiarisci "
            "chi guida che cosa.",
            "Con la Luna opposta a Marte, la rabbia, da una parte o dall'altra, è un segnale, non una sentenza: fai "
            "un passo indietro e lascia sbollire.",
            "Di fronte a Marte, la Luna ti chiede di bilanciare lo slancio in avanti con il freno: scegli al massimo "
            "una battaglia.",
        ),
        # Jupiter: luck, growth, generosity
        (Body.JUPITER, Aspect.CONJUNCTION): (
            "La congiunzione della Luna con Giove accresce ottimismo e benevolenza: condividi la tua fortuna con "
            "generosità.",
            "Tutto sembra più grande mentre la Luna incontra Giove, appetito compreso: goditi l'abbondanza con un "
            "pizzico di misura.",
            "Con la Luna unita a Giove, un gesto generoso ti torna indietro in una forma inattesa.",
        ),
        (Body.JUPITER, Aspect.SEXTILE): (
            "Il sestile della Luna a Giove apre una porta fortunata, ma bussare tocca a te: invia la candidatura o "
            "presenta la tua proposta.",
            "Un sestile tra la Luna e Giove favorisce studio e crescita: iscriviti a ciò che ti entusiasma.",
            "Una tua parola gentile arriva più lontano di quanto pensi sotto il sestile della Luna a Giove.",
        ),
        (Body.JUPITER, Aspect.SQUARE): (
            "La Luna è in quadratura con Giove: le promesse si fanno in fretta e si mantengono a fatica, quindi "
            "impegnati per meno di quanto vorresti.",
            "L'attrito della quadratura Luna-Giove gonfia le aspettative: lascia che quell'ambizione ti spinga a "
            "pianificare come si deve.",
            "La generosità rischia di sconfinare nell'eccesso sotto la quadratura tra Luna e Giove: dona tempo "
            "anziché denaro.",
        ),
        (Body.JUPITER, Aspect.TRINE): (
            "Il trigono della Luna a Giove porta fortuna facile e buonumore: fidati di un'intuizione piena di "
            "speranza.",
            "La crescita arriva senza fatica sotto il trigono della Luna a Giove, e un piccolo investimento di "
            "energie rende bene.",
            "Con la Luna in trigono a Giove gli altri offrono aiuto con generosità: accettalo di buon grado.",
        ),
        (Body.JUPITER, Aspect.OPPOSITION): (
            "La Luna è in opposizione a Giove, e le grandi speranze incontrano le necessità di ogni giorno: tieni un "
            "piede per terra.",
            "Con la Luna opposta a Giove, bilancia la generosità verso gli altri con il rispetto per i tuoi bisogni.",
            "Di fronte a Giove, la Luna mette sulla bilancia il di più e il quanto basta: decidi che cosa ti "
            "soddisferebbe davvero.",
        ),
        # Saturn: duty, limits, patience
        (Body.SATURN, Aspect.CONJUNCTION): (
            "La congiunzione della Luna con Saturno rende i sentimenti seri e concentrati: usa questa gravità per "
            "portare a termine un dovere.",
            "La responsabilità pesa mentre la Luna incontra Saturno: alleggeriscila affrontando per prima la parte "
            "più difficile.",
            "Con la Luna unita a Saturno potresti avere voglia di riservatezza, uno stato d'animo adatto a un lavoro "
            "accurato e solitario.",
        ),
        (Body.SATURN, Aspect.SEXTILE): (
            "Il sestile della Luna a Saturno offre l'occasione di costruire qualcosa di duraturo: posa un mattone "
            "solido.",
            "Un sestile tra la Luna e Saturno ti aiuta a organizzarti: prepara il programma e rispettalo.",
            "Una persona più anziana o più esperta può consigliarti sotto il sestile della Luna a Saturno, se glielo "
            "chiedi.",
        ),
        (Body.SATURN, Aspect.SQUARE): (
            "La Luna è in quadratura con Saturno e i limiti si fanno stretti: lavora con loro, non contro di loro.",
            "L'attrito della quadratura Luna-Saturno può sembrare un muro: consideralo un elenco di ciò che resta da "
            "fare.",
            "Un ritardo sotto la quadratura tra Luna e Saturno mette alla prova la tua pazienza e ti mostra quale "
            "piano è abbastanza solido.",
        ),
        (Body.SATURN, Aspect.TRINE): (
            "Il trigono della Luna a Saturno rende naturale la disciplina: prendi l'impegno di una routine che puoi "
            "mantenere.",
            "Con la Luna in trigono a Saturno lo sforzo paziente ripaga, e un compito lungo fa un vero passo avanti.",
            "Mani ferme e mente calma arrivano con il trigono della Luna a Saturno: occupati delle pratiche "
            "burocratiche o del budget.",
        ),
        (Body.SATURN, Aspect.OPPOSITION): (
            "La Luna è in opposizione a Saturno, e il dovere tira contro il sentimento: rispetta entrambi fissando un "
            "orario chiaro di fine lavoro.",
            "Con la Luna opposta a Saturno, le regole di qualcuno potrebbero starti strette: negozia il limite invece "
            "di covare rancore.",
            "Di fronte a Saturno, la Luna ti chiede di pesare comodità e responsabilità: riposati una volta sbrigato "
            "il lavoro essenziale.",
        ),
    },
    phases={
        MoonPhase.NEW_MOON: (
            "La Luna nuova fa tabula rasa: pianta il seme di un'intenzione e, per ora, tienila per te.",
            "Inizia un nuovo ciclo lunare: è il momento giusto per decidere che cosa vuoi davvero, d'ora in poi.",
            "Con la Luna nuova l'energia è bassa ma limpida: scegli un inizio, non un traguardo.",
            "Questa Luna buia si presta più alla pianificazione silenziosa che all'azione rumorosa: scrivi il tuo "
            "obiettivo su carta.",
            "La Luna nuova segna il primo giorno del mese lunare: inizia un'abitudine che vorresti mantenere per "
            "quattro settimane.",
        ),
        MoonPhase.WAXING_CRESCENT: (
            "La giovane Luna crescente favorisce piccoli primi passi più che grandi annunci.",
            "Con la Luna di nuovo in crescita, lo slancio nasce da un impegno modesto e costante.",
            "Una sottile falce torna nel cielo della sera, e con lei il coraggio di provarci.",
            "I dubbi sono normali nella fase crescente: rispondi facendo ancora una piccola cosa.",
            "Raccogli ciò che ti serve mentre la Luna cresce: informazioni, strumenti e le persone giuste.",
        ),
        MoonPhase.FIRST_QUARTER: (
            "Il primo quarto mette alla prova la tua determinazione: porta avanti ciò che hai iniziato.",
            "Illuminata a metà e in crescita, la Luna ti chiede la decisione che rimandi da tempo.",
            "Al primo quarto gli ostacoli si presentano puntuali, e ognuno che superi ti rende più forte.",
            "Il primo quarto di Luna premia l'impegno: scegli una strada e smetti di soppesarle tutte.",
            "La Luna al primo quarto spinge i progetti dall'idea allo sforzo: ritaglia tempo per il lavoro vero.",
        ),
        MoonPhase.WAXING_GIBBOUS: (
            "La Luna è quasi piena: rifinisci e perfeziona invece di ricominciare.",
            "Una Luna gibbosa crescente premia la pazienza con i dettagli.",
            "Con la Luna quasi tonda, correggi la rotta prima che arrivino i risultati.",
            "Con la Luna gibbosa è tempo di revisione: taglia ciò che non funziona e rafforza ciò che funziona.",
            "L'attesa cresce mentre la Luna si riempie: preparati invece di preoccuparti.",
        ),
        MoonPhase.FULL_MOON: (
            "La Luna piena illumina ciò che era nascosto, dentro e intorno a te.",
            "Sotto la Luna piena le emozioni si accendono e le verità vengono a galla.",
            "La Luna piena porta le cose a un punto di svolta: una questione che maturava da tempo arriva al culmine.",
            "I sentimenti si fanno intensi e travolgenti con la Luna piena, e il sonno può essere più leggero: "
            "comincia presto a rallentare la sera.",
            "La Luna piena è il momento di festeggiare i progressi e di dare un nome a ciò che hai ottenuto dalla "
            "Luna nuova.",
        ),
        MoonPhase.WANING_GIBBOUS: (
            "La Luna calante sposta l'attenzione sul condividere ciò che hai imparato.",
            "Quando la Luna comincia a calare, gratitudine e generosità vengono spontanee.",
            "La Luna gibbosa calante è ideale per insegnare, fare da mentore e passare un buon consiglio.",
            "Dopo il culmine della Luna piena, fai il punto: che cosa ha funzionato e che cosa faresti diversamente?",
            "Mentre la luce comincia a ridursi, rallenta il passo e digerisci le ultime due settimane.",
        ),
        MoonPhase.LAST_QUARTER: (
            "L'ultimo quarto ti invita a lasciare un'abitudine che non ti serve più.",
            "Con la Luna per metà in ombra, fare spazio conta più che accumulare.",
            "L'ultimo quarto è il punto di svolta per fare ordine, dagli armadi agli impegni.",
            "Illuminata a metà e in calo, la Luna ti chiede di concludere, perdonare e archiviare.",
            "All'ultimo quarto, rinegozia un impegno diventato troppo pesante da portare.",
        ),
        MoonPhase.WANING_CRESCENT: (
            "La sottile Luna calante chiede riposo prima che inizi il nuovo ciclo.",
            "Una Luna balsamica favorisce la riflessione, il sonno e le chiusure serene.",
            "L'energia cala negli ultimi giorni del ciclo lunare: considera la stanchezza un'informazione, non un "
            "fallimento.",
            "La falce calante chiude il mese lunare: sistema le questioni in sospeso e lascia un po' di spazio vuoto.",
            "Sogni e fantasticherie sono vividi sotto la falce calante, e alcuni meritano di essere annotati.",
        ),
    },
    moon_moves="La Luna inizia la giornata {moon_in} e la chiude {next_in}, e l'atmosfera cambia con il passare delle "
               "ore.",
    station_direct=(
        "{planet} riprende il moto diretto {when}, e le questioni in stallo ricominciano a muoversi.",
        "{planet} conclude la sua retrogradazione {when}: ciò che era bloccato comincia a sciogliersi.",
        "{planet} torna ad avanzare {when}, così un progetto messo in pausa può ripartire con informazioni migliori.",
        "{planet} compie la sua stazione diretta {when}: lascia passare un giorno o due prima di forzare i tempi.",
        "{planet} raddrizza il suo cammino {when}, e le lezioni delle settimane lente diventano più facili da "
        "applicare.",
        "Un lungo periodo di revisione si chiude mentre {planet} riprende il cammino diretto {when}: decidi che cosa "
        "conservarne.",
        "{planet} passa al moto diretto {when}, e una risposta o una decisione rimandata può finalmente arrivare.",
        "{planet} si rimette in marcia {when}: riprendi il progetto che avevi accantonato e dagli una spinta decisa.",
    ),
    station_retrograde=(
        "{planet} inizia il moto retrogrado {when}: rallenta e rivedi le cose prima di correre avanti.",
        "{planet} fa la sua stazione retrograda {when}: aspettati qualche ritardo e usalo per fare il punto.",
        "{planet} avvia una fase retrograda {when}, una stagione da seconde stesure più che da primi lanci.",
        "{planet} sembra fermarsi e tornare indietro {when}, e vecchie questioni chiedono di nuovo attenzione.",
        "{planet} entra in moto retrogrado {when}: ripercorri le scelte recenti e correggi quelle che hanno mancato "
        "il bersaglio.",
        "Mentre {planet} inverte la rotta {when}, la pazienza ti serve più delle pressioni.",
        "{planet} scivola nel moto retrogrado {when}: lascia maturare i progetti prima di metterli in pratica.",
        "{planet} cambia direzione {when} e ti invita a riparare, rifare e ricucire i rapporti.",
    ),
    ingress_yours=(
        "{planet} entra nel tuo segno {when} e porta la sua energia dritta alla tua porta.",
        "{planet} arriva nel tuo segno {when}, e per te si apre un nuovo capitolo.",
        "{planet} passa nel tuo segno {when}: i suoi temi si vedono ora nel tuo aspetto, nei tuoi gesti e in ciò che "
        "provi.",
        "{planet} si sposta nel tuo segno {when}, il segnale per aggiornare obiettivi e immagine.",
        "{planet} si stabilisce nel tuo segno {when}: aspettati che gli altri ti guardino con occhi nuovi.",
        "{planet} ti raggiunge nel tuo segno {when} e presta le sue qualità a tutto ciò che avvii.",
        "{planet} approda nel tuo segno {when}: sfrutta al meglio la spinta prendendo l'iniziativa.",
        "{planet} fa il suo ingresso nel tuo segno {when}, e i tuoi progetti personali acquistano più peso.",
    ),
    ingress=(
        "{planet} arriva {in_sign} {when}, e il clima generale cambia di conseguenza.",
        "{planet} cambia segno {when} e ora si trova {in_sign}: osserva che cosa porta in primo piano.",
        "{planet} si stabilisce {in_sign} {when}, e la sua influenza assume un tono nuovo per tutti.",
        "{planet} prende dimora {in_sign} {when}, e un'altra area della tua vita comincia a muoversi.",
        "{planet} passa da un segno all'altro {when} e approda {in_sign}: adatta i tuoi piani al nuovo clima.",
        "{planet} inizia il suo soggiorno {in_sign} {when}, e il cambiamento si fa sentire a poco a poco, non tutto "
        "insieme.",
        "{planet} inaugura {when} il suo transito {in_sign}: preparati ad adattare le abitudini che andavano bene con "
        "il segno precedente.",
        "{planet} fa il suo ingresso {in_sign} {when}, e piccoli segnali del cambiamento affiorano nelle "
        "conversazioni di tutti i giorni.",
    ),
    sun_own=(
        "Il Sole è nel tuo segno: è la tua stagione, fatti vedere.",
        "Con il Sole nel tuo segno, energia e fiducia sono al massimo dell'anno.",
        "È arrivata la stagione del tuo compleanno: festeggiati senza chiedere scusa.",
        "Il Sole illumina il tuo segno, e la gente risponde alle tue iniziative più volentieri del solito.",
        "Il Sole nel tuo segno apre il tuo capodanno personale: fissa gli obiettivi per i dodici mesi a venire.",
        "La vitalità è dalla tua parte mentre il Sole attraversa il tuo segno: investila in un progetto davvero tuo.",
        "Il Sole nel tuo segno ti mette naturalmente al centro dell'attenzione: conquista con il calore, non alzando "
        "la voce.",
        "Il tuo volto, la tua voce e i tuoi progetti hanno un peso in più con il Sole nel tuo segno.",
    ),
    sun_opposite=(
        "Il Sole illumina il tuo segno opposto: altri prendono l'iniziativa e tu impari osservando.",
        "Il Sole dall'altra parte dello zodiaco mette le tue relazioni sotto una luce intensa.",
        "Con il Sole nel segno opposto al tuo, partner e rivali ti mostrano allo stesso modo su che cosa lavorare.",
        "Il Sole opposto al tuo segno fa di questa una stagione di gioco di squadra: gli obiettivi comuni avanzano "
        "più in fretta dei piani in solitaria.",
        "La tua energia potrebbe calare mentre il Sole è opposto al tuo segno: riposa bene e appoggiati ai tuoi "
        "alleati.",
        "Il Sole fronteggia il tuo segno dall'altra parte del cielo e ti chiede di bilanciare i tuoi bisogni e quelli "
        "di qualcun altro.",
        "Mentre il Sole occupa il segno opposto al tuo, conviene mettere nero su bianco contratti e impegni.",
        "Il Sole nel segno opposto fa del compromesso una forza, non una perdita.",
    ),
    mercury_retrograde=(
        "Mercurio è retrogrado: ricontrolla messaggi, date e biglietti prima di inviare o firmare.",
        "Con Mercurio retrogrado, riprendi vecchi progetti invece di lanciarne di nuovi.",
        "Mercurio retrogrado rende facili i malintesi: dillo due volte, e con gentilezza.",
        "Mercurio procede a ritroso e persone del passato potrebbero farsi sentire: rispondi con mente aperta.",
        "Finché Mercurio è retrogrado, concediti più tempo per gli spostamenti e tieni i programmi flessibili.",
        "Mercurio retrogrado è un buon momento per finire un libro, una lettera o una conversazione lasciati a metà.",
        "La fase a ritroso di Mercurio rallenta risposte e consegne, e la pazienza ti risparmia parecchio stress.",
        "Con Mercurio retrogrado gli oggetti perduti spesso ricompaiono: cerca di nuovo dove hai già guardato.",
    ),
    slow_retrograde=(
        "{planet} è in moto retrogrado, un lento promemoria per rivedere i piani a lungo termine.",
        "{planet} procede a ritroso, e le lezioni del passato offrono consigli preziosi.",
        "{planet} prosegue il suo moto retrogrado, così gli obiettivi a lungo termine traggono beneficio da un "
        "ripensamento paziente.",
        "{planet} retrocede per mesi, e un progresso lento resta pur sempre un progresso.",
        "{planet} resta in fase retrograda: il cambiamento avviene dentro di te prima di mostrarsi fuori.",
        "{planet} per ora viaggia all'indietro, e questo favorisce la conclusione di ciò che hai avviato nei mesi "
        "scorsi.",
        "{planet} attraversa la sua stagione retrograda, l'occasione per riconsiderare una grande decisione senza "
        "fretta.",
        "{planet} continua il suo cammino all'indietro: lascia che le vecchie ambizioni vengano messe alla prova "
        "prima di rinnovarle.",
    ),
    closers=(
        "Segui il ritmo del cielo: agisci quando l'energia c'è e riposa quando si affievolisce.",
        "Le piccole scelte, sommate, diventano il cambiamento che cerchi.",
        "Conserva il senso dell'umorismo: apre più porte del solo sforzo.",
        "Ciò che coltivi ora crescerà nelle prossime settimane.",
        "Non risparmiare la tua attenzione: è il dono che le persone ricordano di più.",
        "Coltiva la curiosità: la risposta può arrivare da dove meno te l'aspetti.",
        "Abbi pazienza con te: la crescita raramente si annuncia.",
        "Nel dubbio, scegli la strada più gentile e vai avanti.",
        "Chiudi la giornata ricordando una cosa andata bene.",
        "Lascia che la serata scorra lenta e che le impressioni del giorno si posino prima di dormire.",
        "Una frase sincera può più di un'ora di allusioni.",
        "Lascia qualcosa in sospeso senza sensi di colpa: domani ci sarà spazio anche per quello.",
    ),

    # ---- Premium sections (daily, weekly, monthly) ----
    love=(
        "In amore, {when} le parole sincere valgono più dei grandi gesti.",
        "Una conversazione iniziata con leggerezza {when} può portare a qualcosa di più profondo.",
        "Se sei single, di' di sì all'invito che di solito rifiuteresti.",
        "{when} la tenerezza conta più dell'avere ragione: lascia correre una piccola discussione.",
        "Organizza {when} qualcosa di semplice da fare in due: una passeggiata, una cena, un'ora senza schermi.",
        "Qualcuno ti presta più attenzione di quanto pensi.",
        "I vecchi schemi in amore si vedono meglio {when}, e si cambiano più facilmente.",
        "Condividi una speranza che di solito tieni per te: vi avvicinerà.",
        "Lascia che qualcuno si prenda cura di te {when}: accettare attenzioni è anche una forma di vicinanza.",
        "Un messaggio atteso potrebbe arrivare {when}: rispondi con il cuore.",
        "Ridere insieme {when} ripara più di quanto farebbe una lunga spiegazione.",
        "Accorgiti di chi ti sta vicino {when}, e ringrazia apertamente chi c'è per te.",
    ),
    venus_retrograde=(
        "Venere è retrograda, e vecchi sentimenti o vecchie fiamme potrebbero tornare a farsi vivi.",
        "Con Venere retrograda, rivedi ciò a cui tieni prima di spenderci del denaro.",
        "Venere è retrograda: rimanda i cambi di look drastici e i grandi acquisti di lusso.",
        "Mentre Venere procede a ritroso, una relazione trae beneficio dal ripercorrere la propria storia.",
        "Venere retrograda ti chiede che cosa vuoi davvero dall'amore, al di là delle tue abitudini.",
        "Con Venere retrograda, riaccendi un piacere condiviso in passato invece di rincorrere la novità.",
        "Con Venere in moto retrogrado possono riaffiorare vecchie ferite, e una sincerità gentile le aiuta a guarire.",
        "La retrogradazione di Venere rallenta i nuovi amori e ti dà il tempo di vedere qualcuno con chiarezza.",
    ),
    career=(
        "Al lavoro, porta a termine bene un compito prima di iniziare il successivo.",
        "L'idea di un collega si sposa bene con la tua: uniscile {when}.",
        "Nelle questioni di denaro, {when} conviene leggere con attenzione le clausole in piccolo.",
        "La tua pazienza con un progetto lento sta per essere ripagata.",
        "Prendi la parola in riunione {when}: manca proprio il tuo punto di vista.",
        "Metti ordine nei piani e sulla scrivania: la chiarezza porta la prossima occasione.",
        "Una scelta pratica fatta {when} ti risparmierà problemi più avanti.",
        "Chiedi un parere {when}: sarà più gentile e utile di quanto ti aspetti.",
        "Difendi {when} un'ora di quiete per il lavoro che conta di più.",
        "Un piccolo rischio al lavoro ripaga se lo prepari con cura.",
        "Di' di no a una richiesta {when}: la tua concentrazione merita di essere protetta.",
        "Annota l'idea che continua a tornare: è più concreta di quanto sembri.",
    ),
    mercury_retrograde_work=(
        "Mercurio è retrogrado: rileggi due volte contratti ed email prima che lascino la tua scrivania.",
        "Con Mercurio retrogrado, riprendi una proposta accantonata al lavoro: ora potrebbe essere quella giusta.",
        "La retrogradazione di Mercurio può scombinare gli orari: conferma riunioni e scadenze per iscritto.",
        "Mercurio retrogrado favorisce la revisione più delle nuove proposte: rifinisci il lavoro che hai già.",
        "Mentre Mercurio procede a ritroso, salva spesso il tuo lavoro e tieni una copia di tutto ciò che è "
        "importante.",
        "Mercurio è retrogrado, un buon periodo per ricontattare clienti e referenti di progetti passati.",
        "Con Mercurio retrogrado, fai domande prima di dare per scontato di aver capito un'istruzione.",
        "La fase retrograda di Mercurio si presta a verifiche, archiviazione e riordino più che a grandi annunci.",
    ),
    health=(
        "Bevi più acqua del solito {when} e noterai la differenza.",
        "Una breve passeggiata alla luce del giorno ricarica meglio di un altro caffè.",
        "Il sonno è il tuo miglior alleato {when}: rispetta l'ora in cui vai a dormire.",
        "Allunga schiena e spalle: lì si è accumulata tensione.",
        "Scegli cibi semplici e freschi {when} e mangia con calma.",
        "Respira a fondo per cinque minuti prima di un momento impegnativo.",
        "Il movimento che ti piace conta più di quello che sopporti.",
        "Concedi agli occhi pause regolari dagli schermi {when}.",
        "Alzati e muoviti qualche minuto ogni ora {when}.",
        "Una bevanda calda e una serata tranquilla aiutano il corpo a rilassarsi.",
        "Ascolta {when} il tuo appetito, più che l'orologio.",
        "Passa del tempo con chi ti fa ridere: fa bene al corpo e alla mente.",
    ),
    mars_retrograde=(
        "Marte è retrogrado: dosa le forze e concludi prima di iniziare qualcosa di nuovo.",
        "Con Marte retrogrado, la frustrazione è un segnale per rallentare, non per spingere.",
        "Marte in fase retrograda consiglia di costruire la forza gradualmente invece di inseguire un record "
        "personale.",
        "Mentre Marte procede a ritroso, scaldati bene e torna a un'attività fisica che un tempo ti piaceva.",
        "Marte retrogrado può farti stancare prima del solito: prevedi momenti di riposo tra una giornata impegnativa "
        "e l'altra.",
        "Sotto Marte retrogrado, la rabbia trattenuta prosciuga le energie: sfogala muovendoti.",
        "Marte è retrogrado: ascolta i primi segnali di affaticamento e rallenta prima che crescano.",
        "La retrogradazione di Marte premia la costanza più dell'intensità: sforzi brevi e regolari battono gli "
        "slanci improvvisi.",
    ),
    moods=("ottimista", "concentrato", "giocoso", "riflessivo", "sicuro di sé", "tenero", "curioso", "sereno",
           "riconoscente", "audace", "gentile", "avventuroso"),
    colors=("blu profondo", "verde smeraldo", "oro", "corallo", "argento", "viola", "terracotta", "avorio",
            "turchese", "rosa", "ambra", "blu navy"),

    # ---- Weekly summary ----
    week_sun_house=(
        # 1
        ("I progetti personali hanno la precedenza questa settimana, con il Sole che splende nel tuo segno: pensa "
         "prima a te, senza sensi di colpa.",
         "La stagione del tuo compleanno colora la settimana: il Sole nel tuo segno accresce la fiducia in te e la "
         "voglia di cominciare.",
         "Il modo in cui ti muovi, ti presenti e appari fa colpo mentre il Sole attraversa il tuo segno."),
        # 2
        ("Finanze e beni ricevono una luce chiara e concreta questa settimana, mentre il Sole attraversa la tua casa "
         "del denaro.",
         "I tuoi valori e il tuo conto in banca meritano un confronto questa settimana, con il Sole nella tua seconda "
         "casa.",
         "Comodità concrete ed entrate stabili sono i temi della settimana, con il Sole che illumina la tua casa "
         "delle risorse."),
        # 3
        ("Conversazioni, brevi spostamenti e commissioni in zona riempiono la settimana mentre il Sole illumina la "
         "tua casa della comunicazione.",
         "Fratelli, sorelle e vicini hanno un ruolo più importante del solito questa settimana, con il Sole nella tua "
         "terza casa.",
         "Scrivi, telefona, proponi: il Sole nella tua casa dei messaggi fa di questa una settimana per far "
         "circolare la voce."),
        # 4
        ("La casa viene prima di tutto questa settimana, mentre il Sole si posa alle fondamenta del tuo tema natale.",
         "Legami familiari e progetti domestici ripagano le tue energie mentre il Sole attraversa la tua quarta casa.",
         "Le radici contano, adesso: con il Sole nella tua casa della famiglia, dedicare la settimana al tuo nido ti "
         "ripaga."),
        # 5
        ("Amore, creatività e divertimento illuminano la settimana, con il Sole che attraversa la tua casa dell'amore.",
         "Divertirsi non è facoltativo questa settimana: il Sole nella tua quinta casa premia hobby, appuntamenti e "
         "tempo con i bambini.",
         "La fiducia nella tua creatività è alta mentre il Sole scalda la tua quinta casa: mostra agli altri ciò che "
         "crei."),
        # 6
        ("Lavoro quotidiano e routine sono il terreno dove nascono i progressi della settimana, con il Sole nella tua "
         "sesta casa.",
         "Le abitudini legate alla salute rispondono in fretta questa settimana, mentre il Sole illumina la tua casa "
         "della routine: iniziane una che puoi mantenere.",
         "Organizzare agenda, scrivania e pasti ti ripaga mentre il Sole trascorre la settimana nella tua casa del "
         "lavoro quotidiano."),
        # 7
        ("I rapporti a due sono il tema centrale della settimana, con il Sole nella tua settima casa che illumina le "
         "persone a te più vicine.",
         "Contratti, collaborazioni e confronti a tu per tu vanno avanti questa settimana mentre il Sole attraversa "
         "la tua casa dei partner.",
         "Sono gli altri ad avere la chiave dei tuoi piani questa settimana: con il Sole opposto al tuo segno, "
         "collaborare rende più che agire in solitaria."),
        # 8
        ("Denaro condiviso, debiti e progetti comuni richiedono attenzione questa settimana, con il Sole nella tua "
         "ottava casa.",
         "Le conversazioni profonde e un'intimità sincera vengono più facili mentre il Sole illumina la tua casa "
         "della trasformazione.",
         "Lasciar andare qualcosa di logoro fa spazio al nuovo, e il Sole nella tua ottava casa rende questa la "
         "settimana giusta per farlo."),
        # 9
        ("Viaggi, studio e grandi idee ti chiamano questa settimana, mentre il Sole attraversa la tua nona casa.",
         "Gli orizzonti si allargano mentre il Sole illumina la tua casa della conoscenza: prenota il corso, "
         "organizza il viaggio, apri l'atlante.",
         "Le domande sulle tue convinzioni e sul senso delle cose meritano il tuo tempo questa settimana, con il "
         "Sole nella tua casa della filosofia."),
        # 10
        ("Gli obiettivi di carriera escono allo scoperto questa settimana, con il Sole al punto più alto del tuo tema.",
         "La tua immagine pubblica riceve una spinta mentre il Sole attraversa la tua decima casa: fai vedere il tuo "
         "lavoro a chi decide.",
         "Ambizione e responsabilità vanno di pari passo questa settimana, mentre il Sole illumina la tua casa della "
         "reputazione."),
        # 11
        ("Amicizie e sforzi di gruppo ti portano avanti questa settimana, con il Sole nella tua undicesima casa.",
         "Le speranze per il futuro sembrano a portata di mano mentre il Sole illumina la tua casa degli amici: "
         "condividile con la tua cerchia.",
         "Contatti, lavoro di squadra ed eventi della comunità fanno per te questa settimana, con il Sole che "
         "ravviva la tua casa delle speranze."),
        # 12
        ("Riposo e riflessione vengono prima di tutto questa settimana, con il Sole nella tua dodicesima casa poco "
         "prima della stagione del tuo compleanno.",
         "Il lavoro silenzioso dietro le quinte ottiene più dell'impegno pubblico mentre il Sole attraversa la tua "
         "casa della solitudine.",
         "Le preoccupazioni nascoste sono più facili da affrontare e lasciar andare questa settimana, mentre il Sole "
         "illumina l'angolo più privato del tuo tema."),
    ),
    week_lunation={
        MoonPhase.NEW_MOON: (
            "Con la Luna nuova {in_sign}, {on_day} la settimana riparte da zero: fissa un'intenzione e comincia senza "
            "clamore.",
            "Un nuovo ciclo lunare si apre {on_day} con la Luna nuova {in_sign}, il momento giusto per avviare "
            "un'abitudine.",
            "{on_day} la Luna nuova {in_sign} ti invita a dare un nome a ciò che vuoi dalle prossime quattro "
            "settimane.",
        ),
        MoonPhase.FIRST_QUARTER: (
            "La Luna al primo quarto {in_sign} mette alla prova i tuoi piani {on_day}: supera il primo ostacolo senza "
            "fermarti.",
            "Le decisioni arrivano al dunque {on_day}, quando la Luna raggiunge il primo quarto {in_sign}.",
            "{on_day} una Luna al primo quarto {in_sign} premia l'azione più delle riflessioni.",
        ),
        MoonPhase.FULL_MOON: (
            "La Luna piena {in_sign} porta {on_day} qualcosa al culmine: preparati a vederlo con chiarezza.",
            "Le emozioni toccano il picco {on_day} sotto la Luna piena {in_sign}: prevedi una serata tranquilla e un "
            "confronto franco.",
            "{on_day} la Luna piena {in_sign} mostra i frutti di ciò che hai avviato due settimane fa.",
        ),
        MoonPhase.LAST_QUARTER: (
            "L'ultimo quarto di Luna {in_sign} rende {on_day} il momento giusto per sbarazzarti di ciò che non ti "
            "serve più.",
            "Le questioni in sospeso vanno sistemate {on_day}, quando la Luna entra nell'ultimo quarto {in_sign}.",
            "{on_day} una Luna all'ultimo quarto {in_sign} favorisce revisioni, riparazioni e chiusure sincere.",
        ),
    },
    week_closers=(
        "Vivi la settimana un giorno alla volta, e tieni libera per te la domenica sera.",
        "Entro il fine settimana saprai quale sforzo valeva la pena.",
        "Scrivi su carta le tre priorità della settimana e considera facoltativo tutto il resto.",
        "Questa settimana fai una promessa a te, e mantienila.",
        "Un ritmo costante questa settimana vale più di uno scatto seguito da un crollo.",
        "A metà settimana fatti sentire con un amico: due chiacchiere faranno bene a entrambi.",
        "Festeggia i piccoli successi della settimana man mano che arrivano, non solo alla fine.",
        "Lascia una sera della settimana senza programmi e guarda dove ti porta.",
        "Qualunque cosa porti la settimana, accoglila con curiosità più che con preoccupazione.",
        "Chiudi la settimana mettendo in ordine i tuoi spazi, e la prossima partirà più leggera.",
        "Non risparmiare i complimenti questa settimana: non costano nulla e fanno bene a tutti.",
        "Il riposo fa parte del programma della settimana, non è un premio per averlo portato a termine.",
    ),

    # ---- Monthly summary ----
    month_sun_house=(
        ("Questo mese parla di te: con il Sole nel tuo segno, rinnova obiettivi, look ed energia.",
         "Il mese del tuo compleanno porta il Sole nel tuo segno, l'occasione per decidere chi vuoi essere "
         "quest'anno."),
        ("Denaro e sicurezza danno forma al mese mentre il Sole attraversa la tua seconda casa: costruisci un budget "
         "che rispecchi i tuoi valori.",
         "Gli sforzi per guadagnare, risparmiare o dare il giusto prezzo alle tue capacità vengono premiati mentre "
         "il Sole illumina la tua casa delle risorse."),
        ("La comunicazione guida il mese, con il Sole nella tua terza casa: impara, scrivi, telefona e muoviti nei "
         "dintorni.",
         "Le conversazioni con fratelli, vicini e colleghi contano di più questo mese, mentre il Sole attraversa la "
         "tua casa dei messaggi."),
        ("Casa e famiglia fanno da àncora al mese mentre il Sole transita nella tua quarta casa: investi nel luogo in "
         "cui vivi.",
         "Con il Sole alla base del tuo tema questo mese, il tempo con la famiglia e con le tue radici ti rigenera."),
        ("Amore, creatività e figli colorano le prossime settimane, mentre il Sole visita la tua quinta casa.",
         "Il gioco è produttivo questo mese: il Sole nella tua casa dell'amore invita ad appuntamenti, hobby e "
         "rischi creativi."),
        ("Routine di lavoro e benessere sono al centro del mese, con il Sole nella tua sesta casa.",
         "Le abitudini costanti ripagano nelle prossime settimane, mentre il Sole illumina la tua casa del lavoro "
         "quotidiano e della salute."),
        ("Le relazioni a due guidano il mese, con il Sole opposto al tuo segno che accende la tua settima casa.",
         "I rapporti a tu per tu e gli accordi chiedono attenzione questo mese, mentre il Sole attraversa la tua "
         "casa dei partner."),
        ("Risorse condivise e intimità sono i temi più profondi del mese, con il Sole nella tua ottava casa.",
         "Questo mese sono possibili cambiamenti profondi: il Sole nella tua casa della trasformazione ti aiuta a "
         "lasciar andare e a rinnovarti."),
        ("Viaggi, studio e orizzonti più ampi ti chiamano questo mese, con il Sole nella tua nona casa.",
         "Conoscenza e avventura sono gli investimenti migliori del mese, mentre il Sole illumina la tua casa dei "
         "luoghi lontani."),
        ("Carriera e reputazione salgono in cima alle priorità questo mese, con il Sole al culmine del tuo tema.",
         "Le tue ambizioni sono in vetrina questo mese: il Sole nella tua decima casa premia le mosse professionali "
         "audaci."),
        ("Amici, gruppi e progetti futuri riempiono l'agenda, con il Sole nella tua undicesima casa per tutto il mese.",
         "La tua rete di contatti è la tua forza questo mese, e il Sole nella tua casa delle speranze riunisce gli "
         "alleati."),
        ("Ti aspetta un mese più tranquillo, con il Sole nella tua dodicesima casa che ti prepara alla stagione del "
         "tuo compleanno.",
         "Riposo, riflessione e progetti privati da coltivare senza fretta si addicono al mese, mentre il Sole "
         "attraversa la tua casa della solitudine."),
    ),
    month_new_moon=(
        "La Luna nuova del mese cade nel tuo segno: è il momento migliore dell'anno per avviare un progetto personale.",
        "La Luna nuova nella tua casa del denaro è il momento di aprire un piano di risparmio o di iniziare a "
        "guadagnare in modo nuovo.",
        "La Luna nuova di questo mese nella tua terza casa apre un nuovo capitolo nel modo in cui impari, scrivi e "
        "parli.",
        "Una Luna nuova nella tua casa delle radici si presta a un trasloco, a un rinnovo degli spazi o a una nuova "
        "tradizione familiare.",
        "Nella tua quinta casa, la Luna nuova del mese accende un nuovo amore, un hobby o un progetto creativo.",
        "Una Luna nuova nella tua sesta casa è ideale per una nuova routine di lavoro o un'abitudine quotidiana più "
        "sana.",
        "La Luna nuova di questo mese nella tua casa dei partner può dare inizio a una nuova relazione o a un nuovo "
        "accordo.",
        "La Luna nuova nella tua ottava casa è il momento di rimettere in ordine le finanze comuni, saldare i debiti "
        "o ricostruire la fiducia.",
        "Una Luna nuova nella tua nona casa apre progetti di viaggio, di studio o un nuovo modo di vedere le cose.",
        "La Luna nuova di questo mese al vertice del tuo tema dà il via a un nuovo obiettivo di carriera: dagli un "
        "nome chiaro.",
        "La Luna nuova nella tua casa degli amici favorisce l'ingresso in un gruppo o il primo passo verso una "
        "speranza a lungo termine.",
        "Una Luna nuova nella tua dodicesima casa avvia un nuovo inizio in sordina: riposa, rifletti e lascia andare "
        "le vecchie preoccupazioni.",
    ),
    month_full_moon=(
        "La Luna piena nel tuo segno mette in piena luce i tuoi bisogni personali, e ti vedi con più chiarezza.",
        "La Luna piena del mese nella tua casa del denaro mostra a che punto sono le tue finanze: correggi la rotta "
        "con calma.",
        "La Luna piena nella tua terza casa porta notizie, una conversazione decisiva o la conclusione di uno scritto.",
        "Una Luna piena nella tua casa delle radici fa emergere una questione familiare: parlane con delicatezza.",
        "La Luna piena del mese nella tua quinta casa porta al culmine una storia d'amore o un progetto creativo.",
        "La Luna piena nella tua sesta casa rivela di che cosa ha bisogno la tua routine: ridistribuisci carico di "
        "lavoro e riposo.",
        "Una Luna piena nella tua casa dei partner mette in luce una relazione: bilancia i tuoi bisogni con quelli "
        "dell'altro.",
        "La Luna piena nella tua ottava casa porta a una svolta il denaro condiviso o l'intimità.",
        "La Luna piena del mese nella tua nona casa completa un viaggio, un corso o un cambiamento di prospettiva.",
        "La Luna piena al vertice del tuo tema segna un traguardo professionale, e i tuoi sforzi vengono notati.",
        "Una Luna piena nella tua casa degli amici mostra chi ti sostiene davvero e quali speranze ti rappresentano "
        "ancora.",
        "La Luna piena nella tua dodicesima casa porta alla luce sentimenti nascosti: concediti del tempo tranquillo "
        "per fare chiarezza.",
    ),
    month_closers=(
        "Affronta il mese in quattro passi costanti, una settimana alla volta.",
        "A fine mese, guardati indietro e riconosciti il merito della strada fatta.",
        "Tieni bene in vista un obiettivo per il mese e lascia che guidi le piccole scelte.",
        "Un mese basta per cambiare un'abitudine: scegli quella che conta di più.",
        "Lascia spazio in agenda questo mese per il riposo, gli amici e gli imprevisti.",
        "Rivedi i tuoi piani a metà mese e correggili senza rimpianti.",
        "Che le lezioni di questo mese siano gentili: impara, aggiusta il tiro, vai avanti.",
        "Investi nelle relazioni questo mese: restituiscono più di qualsiasi singolo successo.",
        "Fai spazio a qualcosa di nuovo questo mese lasciando andare una cosa vecchia.",
        "Dosa le energie lungo tutto il mese e tienine un po' per l'ultima settimana.",
        "Qualunque cosa ti chieda questo mese, rispondi con pazienza e buonumore.",
        "Comincia il mese con la scrivania in ordine e finiscilo con la mente sgombra.",
    ),

    # ---- Key days ----
    key_moon_house=(
        "Luna nella tua prima casa: nuovo inizio",
        "Luna nella tua casa del denaro: fai i conti",
        "Luna nella tua casa dei messaggi: fatti sentire",
        "Luna nella tua casa delle radici: cura il nido",
        "Luna nella tua casa dell'amore: divertiti",
        "Luna nella tua casa della routine: organizzati",
        "Luna nella tua casa dei partner: ascolta",
        "Luna nella tua casa dell'intimità: fidati",
        "Luna nella tua casa dei viaggi: esplora",
        "Luna nella tua casa della carriera: punta in alto",
        "Luna nella tua casa degli amici: crea legami",
        "Luna nella tua casa del riposo: ricaricati",
    ),
    key_moon_yours="La Luna entra nel tuo segno",
    key_lunation={
        MoonPhase.NEW_MOON: "Luna nuova {in_sign}",
        MoonPhase.FIRST_QUARTER: "Luna al primo quarto {in_sign}",
        MoonPhase.FULL_MOON: "Luna piena {in_sign}",
        MoonPhase.LAST_QUARTER: "Luna all'ultimo quarto {in_sign}",
    },
    key_ingress="{planet} entra {in_sign}",
    key_ingress_yours="{planet} entra nel tuo segno",
    key_station_retrograde="{planet} inizia il moto retrogrado",
    key_station_direct="{planet} riprende il moto diretto",
)
