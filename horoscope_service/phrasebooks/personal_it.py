"""Italian phrases for personal horoscopes (see `horoscope_service.phrasebooks.personal`)."""

from horoscope_service.model import Aspect, Body
from horoscope_service.phrasebooks.personal import PersonalBook

PERSONAL = PersonalBook(
    transits={
        # ---- The Moon: mood, needs, the day's feelings (a Moon transit lasts hours) ----
        (Body.MOON, Aspect.CONJUNCTION, Body.SUN): (
            "La Luna di oggi si unisce al tuo Sole natale, un piccolo nuovo inizio che si ripete ogni mese: emozioni e "
            "identità sono in sintonia, perciò comincia qualcosa che ti appartenga davvero."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.MOON): (
            "La Luna di oggi torna nella posizione che occupa nel tuo tema natale, il tuo ritorno lunare del mese: "
            "osserva che cosa ti fa sentire a casa e concediti proprio quello."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.MERCURY): (
            "I sentimenti trovano facilmente le parole mentre la Luna attraversa il tuo Mercurio natale: oggi di' ciò "
            "che ti sta a cuore invece di ripassarlo all'infinito nella tua testa."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.VENUS): (
            "L'affetto viene spontaneo mentre la Luna si posa sulla tua Venere natale: cerca la persona che ami, "
            "oppure concediti una piccola spesa per qualcosa che ti dà gioia."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.MARS): (
            "Quando la Luna si unisce al tuo Marte natale, l'umore si trasforma in voglia di agire: sfoga l'impeto in "
            "una camminata a passo svelto o in una faccenda rognosa prima che diventi nervosismo."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.JUPITER): (
            "Il tuo buonumore e la tua generosità crescono di pari passo mentre la Luna di oggi sfiora il Giove del "
            "tuo tema natale: condividi senza riserve, ma tieni porzioni e promesse entro limiti ragionevoli."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.SATURN): (
            "La Luna attraversa il tuo Saturno natale e per qualche ora i sentimenti si fanno seri: un compito "
            "tranquillo e utile ti rimette in equilibrio meglio che rimuginare su ciò che è rimasto in sospeso."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.SUN): (
            "Un sestile della Luna al tuo Sole natale dà oggi una piccola spinta alla tua fiducia, quanto basta per "
            "chiedere ciò che desideri, se ti fai avanti."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.MOON): (
            "Invita qualcuno da te o cucina un piatto che sa di casa: il sestile della Luna alla tua stessa Luna "
            "natale apre dolcemente la porta al conforto."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.MERCURY): (
            "La Luna è in sestile al tuo Mercurio natale e una conversazione affettuosa è lì che ti aspetta, purché "
            "sia tu a fare la telefonata."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.VENUS): (
            "Le piccole gentilezze valgono doppio oggi, con la Luna in sestile alla Venere del tuo tema natale: un "
            "messaggio tenero o un caffè insieme aprono i cuori."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.MARS): (
            "Con la Luna in sestile al tuo Marte natale hai la grinta che basta per rimettere in moto un lavoro fermo: "
            "comincia entro un'ora e lo slancio verrà da sé."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.JUPITER): (
            "La Luna di oggi forma un sestile con il tuo Giove natale e accende un clima di speranza: di' di sì al "
            "piccolo invito che allarga un po' il tuo mondo."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.SATURN): (
            "I doveri pesano meno mentre la Luna è in sestile al tuo Saturno natale: scegli la responsabilità che "
            "continui a schivare e sistemala oggi con calma."
        ),
        (Body.MOON, Aspect.SQUARE, Body.SUN): (
            "La Luna è in quadratura con il tuo Sole natale e per qualche ora umore e obiettivi tirano in direzioni "
            "diverse: lascia che quell'inquietudine faccia avanzare un progetto rimasto fermo."
        ),
        (Body.MOON, Aspect.SQUARE, Body.MOON): (
            "Un po' di maretta interiore accompagna la quadratura della Luna con la tua stessa Luna natale: nota che "
            "cosa ti manca in casa e sistema oggi una piccola cosa."
        ),
        (Body.MOON, Aspect.SQUARE, Body.MERCURY): (
            "I sentimenti possono annebbiare le parole mentre la Luna è in quadratura con il tuo Mercurio natale: "
            "rileggi i messaggi una volta prima di inviarli e chiedi invece di dare le cose per scontate."
        ),
        (Body.MOON, Aspect.SQUARE, Body.VENUS): (
            "Con la quadratura della Luna alla tua Venere natale cerchi conforto, e può venirti voglia di spendere "
            "troppo o di esagerare: scegli un solo sfizio e assaporalo."
        ),
        (Body.MOON, Aspect.SQUARE, Body.MARS): (
            "L'irritazione sale in fretta mentre la Luna è in quadratura con il tuo Marte natale: trasforma quel "
            "calore in un allenamento, in una riparazione o in una richiesta ferma ma giusta."
        ),
        (Body.MOON, Aspect.SQUARE, Body.JUPITER): (
            "La Luna di oggi in quadratura con il tuo Giove natale ti spinge a promettere più di quanto tu possa dare: "
            "la generosità è bella, ma prima dai un'occhiata all'agenda."
        ),
        (Body.MOON, Aspect.SQUARE, Body.SATURN): (
            "Un dovere può sembrare pesante o una preoccupazione farsi insistente mentre la Luna è in quadratura con "
            "il Saturno del tuo tema natale: affronta prima il pezzo più piccolo e il peso comincerà ad alleggerirsi."
        ),
        (Body.MOON, Aspect.TRINE, Body.SUN): (
            "Oggi cuore e obiettivi procedono di pari passo grazie al trigono della Luna al tuo Sole natale, e le cose "
            "a cui tieni avanzano quasi senza sforzo."
        ),
        (Body.MOON, Aspect.TRINE, Body.MOON): (
            "La Luna è in trigono alla tua Luna natale e porta un umore morbido e disteso che fa della casa il posto "
            "migliore in cui stare: resta lì a riposare senza doverti giustificare."
        ),
        (Body.MOON, Aspect.TRINE, Body.MERCURY): (
            "Le parole gentili scorrono mentre la Luna è in trigono al tuo Mercurio natale, un buon momento per "
            "scrivere, spiegare o semplicemente fare due chiacchiere con qualcuno che ti manca."
        ),
        (Body.MOON, Aspect.TRINE, Body.VENUS): (
            "Il trigono della Luna alla tua Venere natale addolcisce la giornata: l'affetto viene ricambiato con "
            "facilità e i piccoli piaceri, come la musica o un buon pasto, sono proprio ciò che ci vuole."
        ),
        (Body.MOON, Aspect.TRINE, Body.MARS): (
            "Un'energia serena e costante arriva con la Luna in trigono al Marte del tuo tema natale, ideale per "
            "concludere un lavoro iniziato giorni fa."
        ),
        (Body.MOON, Aspect.TRINE, Body.JUPITER): (
            "Quando la Luna è in trigono al tuo Giove natale lo sguardo sul futuro si rischiara, e un'idea piena di "
            "speranza o un gesto generoso oggi ti restituiscono più di quanto ti aspetti."
        ),
        (Body.MOON, Aspect.TRINE, Body.SATURN): (
            "La disciplina ha un sapore sereno, non cupo, mentre la Luna è in trigono al tuo Saturno natale: metti "
            "ordine in un cassetto, nel budget o in un progetto e goditi la sensazione di avere tutto a posto."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.SUN): (
            "La Luna di oggi è in opposizione al tuo Sole natale, una Luna piena tutta tua: qualcuno a te vicino "
            "potrebbe rispecchiare i tuoi bisogni, quindi metti i suoi desideri sulla bilancia insieme ai tuoi."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.MOON): (
            "I tuoi bisogni e quelli di qualcun altro tirano in direzioni diverse mentre la Luna si oppone alla tua "
            "Luna natale: esprimi i tuoi con gentilezza, poi ascolta davvero quelli dell'altra persona."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.MERCURY): (
            "Con la Luna opposta al tuo Mercurio natale gli altri potrebbero leggere le tue parole attraverso il "
            "proprio umore: ascolta prima la loro versione, poi spiega la tua."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.VENUS): (
            "La Luna si oppone alla Venere del tuo tema natale e ti chiede di bilanciare ciò che dai in amore con ciò "
            "che ricevi: oggi lasciati viziare un po'."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.MARS): (
            "Opposta al tuo Marte natale, la Luna può far sembrare invadenti gli altri, o far sembrare invadente te ai "
            "loro occhi: scegli le tue battaglie e mantieni un tono pacato."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.JUPITER): (
            "I grandi progetti di qualcun altro potrebbero trascinare i tuoi mentre la Luna si oppone al tuo Giove "
            "natale: l'entusiasmo è contagioso, quindi decidi che cosa merita davvero il tuo sì."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.SATURN): (
            "Con la Luna opposta al tuo Saturno natale le richieste degli altri mettono sotto pressione il tuo senso "
            "del dovere: concorda una giusta ripartizione dei compiti invece di caricarti tutto sulle spalle."
        ),

        # ---- The Sun: vitality, attention, will ----
        (Body.SUN, Aspect.CONJUNCTION, Body.SUN): (
            "Il Sole torna sul tuo Sole natale, il tuo ritorno solare e la stagione del tuo compleanno: celebra ciò "
            "che sei e fissa un'intenzione chiara per l'anno che viene."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.MOON): (
            "Mentre il Sole attraversa la tua Luna natale, la luce cade su ciò di cui hai bisogno per sentirti al "
            "sicuro: prenditi cura della casa e del cuore, e seguirà un nuovo inizio."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.MERCURY): (
            "La mente è brillante e la tua voce arriva lontano mentre il Sole incontra il tuo Mercurio natale: "
            "presenta l'idea, proponi il piano e fatti sentire."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.VENUS): (
            "Il Sole si unisce alla Venere del tuo tema natale e mette in mostra il tuo calore: è un momento splendido "
            "per iniziare una storia d'amore o per ravvivare quella che hai."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.MARS): (
            "Volontà e grinta si fondono mentre il Sole incontra il tuo Marte natale: avvia il progetto che richiede "
            "resistenza e prendi l'iniziativa invece di aspettare il permesso."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.JUPITER): (
            "Con il Sole che illumina il tuo Giove natale, ottimismo e fortuna sono alle stelle: comincia qualcosa di "
            "generoso, ma leggi comunque le clausole in piccolo."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.SATURN): (
            "Il Sole incontra il tuo Saturno natale e getta una luce sobria sulle tue responsabilità, il che ne fa un "
            "momento solido per impegnarti in un obiettivo a lungo termine."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.SUN): (
            "Sotto il sestile del Sole al tuo Sole natale si presenta una modesta occasione per mostrare il tuo "
            "talento, e premia chi si fa avanti per primo."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.MOON): (
            "Il Sole è in sestile alla tua Luna natale e offre l'occasione di scaldare la vita di casa: invita "
            "familiari o amici e lascia che vedano come sei davvero."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.MERCURY): (
            "Le buone idee sono a portata di mano mentre il Sole è in sestile al Mercurio del tuo tema natale: "
            "annotale, condividile e dai loro seguito finché sono fresche."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.VENUS): (
            "Con il Sole in sestile alla tua Venere natale, una parola gentile o un piccolo regalo potrebbero aprire "
            "una porta in amore: devi solo offrirli."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.MARS): (
            "Il sestile del Sole al tuo Marte natale ti regala una scarica di intraprendenza, e se la sfrutti il "
            "compito che continui a rimandare finalmente cede."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.JUPITER): (
            "Candidati, chiedi o presentati: il Sole è in sestile al tuo Giove natale, e questo spiraglio fortunato "
            "premia chi bussa."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.SATURN): (
            "Lo sforzo costante ripaga mentre il Sole forma un sestile con il tuo Saturno natale: dedica un'ora a "
            "qualcosa fatto per durare, come i risparmi, una competenza o una routine."
        ),
        (Body.SUN, Aspect.SQUARE, Body.SUN): (
            "Il Sole è in quadratura con il tuo Sole natale, una tappa di verifica nel tuo anno personale: l'attrito "
            "con i tuoi stessi piani mostra esattamente dove cambiare rotta."
        ),
        (Body.SUN, Aspect.SQUARE, Body.MOON): (
            "Le richieste esterne entrano in competizione con il tuo bisogno di conforto mentre il Sole è in "
            "quadratura con la Luna del tuo tema natale: difendi un po' di tempo tranquillo, poi concentrati su ciò "
            "che conta davvero."
        ),
        (Body.SUN, Aspect.SQUARE, Body.MERCURY): (
            "Potresti insistere su un'opinione più del necessario mentre il Sole è in quadratura con il tuo Mercurio "
            "natale: esprimi il tuo punto di vista una volta, con chiarezza, e poi ascolta."
        ),
        (Body.SUN, Aspect.SQUARE, Body.VENUS): (
            "Con il Sole in quadratura con la tua Venere natale, l'orgoglio o piccoli disaccordi possono increspare "
            "l'amore: affronta il vero problema invece di quello in superficie."
        ),
        (Body.SUN, Aspect.SQUARE, Body.MARS): (
            "L'impazienza si fa sentire forte mentre il Sole è in quadratura con il tuo Marte natale: ottimo "
            "carburante per il lavoro duro, pessimo per le discussioni."
        ),
        (Body.SUN, Aspect.SQUARE, Body.JUPITER): (
            "Il Sole è in quadratura con il tuo Giove natale e la tentazione di prendere troppi impegni è forte: "
            "conserva l'entusiasmo, ma riduci il piano a ciò che puoi davvero realizzare."
        ),
        (Body.SUN, Aspect.SQUARE, Body.SATURN): (
            "Gli ostacoli e chi ha autorità mettono alla prova la tua volontà mentre il Sole è in quadratura con il "
            "Saturno del tuo tema natale: una tenacia silenziosa porta più lontano di una resa dei conti."
        ),
        (Body.SUN, Aspect.TRINE, Body.SUN): (
            "Il Sole è in trigono al tuo Sole natale, così ti riconosci in ciò che fai e gli altri se ne accorgono: le "
            "cose vanno per il verso giusto quando agisci partendo dai tuoi punti di forza naturali."
        ),
        (Body.SUN, Aspect.TRINE, Body.MOON): (
            "Testa e cuore vanno d'accordo sotto il trigono del Sole alla tua Luna natale, e diventano più semplici "
            "sia la vita in famiglia sia il sentirti a tuo agio nei tuoi panni."
        ),
        (Body.SUN, Aspect.TRINE, Body.MERCURY): (
            "Chiarezza e sicurezza riempiono le tue parole mentre il Sole è in trigono al tuo Mercurio natale, così "
            "trattative, scrittura e studio scorrono senza fatica."
        ),
        (Body.SUN, Aspect.TRINE, Body.VENUS): (
            "Il fascino viene senza sforzo mentre il Sole è in trigono alla Venere del tuo tema natale, e la gente "
            "apprezza la tua compagnia: fai spazio ad amici, musica e un po' di bellezza."
        ),
        (Body.SUN, Aspect.TRINE, Body.MARS): (
            "Con il Sole in trigono al tuo Marte natale, energia e intenzioni remano nella stessa direzione, e sport, "
            "progetti e mosse audaci filano lisci."
        ),
        (Body.SUN, Aspect.TRINE, Body.JUPITER): (
            "Il Sole è in trigono al tuo Giove natale, una corrente generosa e fortunata: condividi la tua buona sorte "
            "e di' di sì a qualcosa che ti spinga un po' oltre i tuoi limiti."
        ),
        (Body.SUN, Aspect.TRINE, Body.SATURN): (
            "I tuoi sforzi trovano un terreno solido mentre il Sole è in trigono al tuo Saturno natale, un ottimo "
            "momento per pianificare, organizzarti e guadagnarti un rispetto discreto."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.SUN): (
            "Il Sole è in opposizione al tuo Sole natale, il giro di boa del tuo anno personale: le persone intorno a "
            "te ti rimandano un ritratto di ciò che sei oggi, quindi guardalo con onestà."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.MOON): (
            "Ciò che il mondo ti chiede e ciò di cui hai bisogno a casa tirano in direzioni opposte mentre il Sole si "
            "oppone alla tua Luna natale: bilancia le due cose invece di sacrificarne una."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.MERCURY): (
            "Il Sole si oppone al Mercurio del tuo tema natale e mette le tue idee a confronto con quelle altrui: un "
            "buon dibattito affina il tuo pensiero, se mantieni viva la curiosità."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.VENUS): (
            "Qualcuno potrebbe rimandarti come uno specchio i tuoi desideri mentre il Sole è in opposizione alla tua "
            "Venere natale: osserva chi ti attrae, e perché."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.MARS): (
            "Gli altri potrebbero ostacolare i tuoi piani mentre il Sole si oppone al tuo Marte natale: tieni duro, ma "
            "non spingere più di quanto il momento richieda."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.JUPITER): (
            "Con il Sole opposto al tuo Giove natale le promesse possono gonfiarsi da entrambe le parti di un accordo: "
            "goditi l'ottimismo e concorda condizioni realistiche."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.SATURN): (
            "Il Sole è in opposizione al tuo Saturno natale e qualcuno potrebbe richiamarti a un dovere o a un limite: "
            "rispondi con correttezza e tieni in equilibrio i tuoi obblighi."
        ),

        # ---- Mercury: talk, plans, messages, travel ----
        (Body.MERCURY, Aspect.CONJUNCTION, Body.SUN): (
            "Mercurio incontra il tuo Sole natale e mette le tue idee e la tua identità sotto lo stesso riflettore: "
            "di' apertamente ciò che vuoi e traccia la prossima mossa."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.MOON): (
            "I sentimenti cercano parole mentre Mercurio attraversa la tua Luna natale: parla con la famiglia, scrivi "
            "ciò che hai nel cuore o progetta un piccolo cambiamento in casa."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.MERCURY): (
            "Mercurio ritorna nel punto esatto in cui si trovava alla tua nascita, un nuovo inizio per i tuoi "
            "pensieri: comincia un corso, un diario o un modo diverso di organizzare le giornate."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.VENUS): (
            "Le parole dolci vengono spontanee mentre Mercurio si unisce alla tua Venere natale: scrivi quel biglietto "
            "d'amore, fai un complimento a una persona amica o tratta un prezzo equo."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.MARS): (
            "Mercurio incontra il tuo Marte natale, affila la lingua e accelera le decisioni: parla con convinzione e "
            "rivolgi la lama contro i problemi, non contro le persone."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.JUPITER): (
            "Grandi progetti e buone notizie ti riempiono la testa con Mercurio sul Giove del tuo tema natale: pensa "
            "in grande, poi controlla i dettagli prima di firmare."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.SATURN): (
            "Mercurio attraversa il tuo Saturno natale e i pensieri si fanno concreti, un buon momento per contratti, "
            "bilanci e conversazioni difficili affrontate con calma."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.SUN): (
            "Una sola conversazione utile può far avanzare i tuoi obiettivi ora che Mercurio è in sestile al tuo Sole "
            "natale: manda la proposta o fai la telefonata in prima persona."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.MOON): (
            "Mercurio è in sestile alla tua Luna natale e ti offre un modo delicato per parlare di sentimenti: avvia "
            "in casa quella conversazione che tieni in serbo da tempo."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.MERCURY): (
            "Le idee si collegano con facilità mentre Mercurio è in sestile alla propria posizione natale: "
            "approfittane per imparare qualcosa, scambiare appunti o organizzare un breve viaggio."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.VENUS): (
            "Un messaggio cordiale potrebbe accendere una storia o appianare una questione di soldi, perché Mercurio è "
            "in sestile alla Venere del tuo tema natale: il fascino c'è, se lo usi."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.MARS): (
            "Pensiero rapido e azione rapida si incontrano con Mercurio in sestile al tuo Marte natale: abbozza il "
            "piano e parti prima che l'idea si raffreddi."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.JUPITER): (
            "Mercurio è in sestile al tuo Giove natale e le buone notizie possono arrivare da uno studio, da un "
            "viaggio o da una domanda ben posta, quindi non esitare a farla."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.SATURN): (
            "Siediti con il calendario e trasforma un'intenzione vaga in passi concreti: il sestile di Mercurio al tuo "
            "Saturno natale premia la pianificazione accurata."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.SUN): (
            "Mercurio è in quadratura con il tuo Sole natale, quindi parole e obiettivi potrebbero non coincidere: "
            "chiarisci ciò che intendi prima che siano gli altri a deciderlo per te."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.MOON): (
            "Gli stati d'animo colorano le conversazioni mentre Mercurio è in quadratura con la Luna del tuo tema "
            "natale: se a casa un discorso si fa teso, di' come ti senti anziché che cosa hanno fatto gli altri."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.MERCURY): (
            "Piani e messaggi si ingarbugliano mentre Mercurio è in quadratura con la propria posizione natale: "
            "ricontrolla orari e indirizzi, e lascia che l'attrito ti costringa a un piano più chiaro."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.VENUS): (
            "Con Mercurio in quadratura con la tua Venere natale, una chiacchierata su amore o spese può prendere una "
            "brutta piega: scegli parole gentili e di' con precisione che cosa vuoi."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.MARS): (
            "Le discussioni si accendono in fretta mentre Mercurio è in quadratura con il tuo Marte natale: sostieni "
            "le tue ragioni con i fatti, poi fai un passo indietro prima che diventi una gara."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.JUPITER): (
            "Mercurio è in quadratura con il tuo Giove natale e le grandi idee corrono più veloci dei dettagli: "
            "prometti un po' meno, leggi bene ogni riga e i tuoi piani terranno."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.SATURN): (
            "Dubbi e ritardi potrebbero rallentare i tuoi piani sotto la quadratura di Mercurio con il tuo Saturno "
            "natale: supera l'ostacolo un passo alla volta invece di arrenderti."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.SUN): (
            "Mercurio è in trigono al tuo Sole natale e ti rende facile esprimerti: presenta il tuo lavoro o il tuo "
            "piano, e gli altri seguiranno il tuo ragionamento."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.MOON): (
            "I discorsi a cuore aperto vengono naturali mentre Mercurio è in trigono alla tua Luna natale, e "
            "sentimenti e parole scorrono insieme in casa e con i vecchi amici."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.MERCURY): (
            "La tua mente dà il meglio di sé mentre Mercurio è in trigono alla propria posizione natale: studia, "
            "scrivi, viaggia o risolvi il rompicapo che finora ti ha dato filo da torcere."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.VENUS): (
            "Il trigono di Mercurio alla Venere del tuo tema natale dà alle tue parole persuasione e garbo, un momento "
            "delizioso per il corteggiamento, i biglietti di ringraziamento e gli accordi amichevoli."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.MARS): (
            "Con Mercurio in trigono al tuo Marte natale il pensiero è rapido e deciso: affronta il problema di petto "
            "e la soluzione arriverà presto."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.JUPITER): (
            "Organizza un viaggio, proponi una grande idea o impara qualcosa che allarghi i tuoi orizzonti: Mercurio è "
            "in trigono al tuo Giove natale, e le buone idee portano buone notizie."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.SATURN): (
            "Mercurio è in trigono al tuo Saturno natale e dona pazienza e concentrazione ai tuoi progetti, così il "
            "lavoro di precisione, i contratti e la pianificazione a lungo raggio vanno a gonfie vele."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.SUN): (
            "Gli altri potrebbero mettere in dubbio i tuoi piani mentre Mercurio è in opposizione al tuo Sole natale: "
            "ascolta il loro punto di vista e capirai che cosa va spiegato meglio."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.MOON): (
            "Le parole di qualcuno potrebbero toccare un nervo scoperto con Mercurio opposto alla tua Luna natale: "
            "rispondi quando sarà tornata la calma, e bilancia logica e sentimento."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.MERCURY): (
            "Mercurio si oppone alla propria posizione natale, così le tue idee incontrano il loro opposto in qualcun "
            "altro: il confronto chiarisce le cose, se continuate ad ascoltarvi a vicenda."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.VENUS): (
            "Una conversazione su amore o denaro ha due facce mentre Mercurio è in opposizione alla tua Venere natale: "
            "trova la via di mezzo in cui entrambe le parti si sentano valorizzate."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.MARS): (
            "Mercurio si oppone al Marte del tuo tema natale e le discussioni possono scaldarsi: contesta le idee, non "
            "la persona, e capisci quando è il momento di lasciar perdere."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.JUPITER): (
            "Dettagli e visione d'insieme si contendono la tua attenzione con Mercurio opposto al tuo Giove natale: "
            "valuta entrambi prima di accettare qualcosa di grosso."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.SATURN): (
            "Mercurio è in opposizione al tuo Saturno natale e una voce prudente potrebbe mettere in discussione le "
            "tue idee: rispondi con i fatti, tieni le osservazioni giuste e lascia cadere il resto."
        ),

        # ---- Venus: affection, pleasure, money, harmony ----
        (Body.VENUS, Aspect.CONJUNCTION, Body.SUN): (
            "Venere incontra il tuo Sole natale e ovunque tu vada trovi un'accoglienza calorosa: inizia qualcosa che "
            "ami, vestiti con un po' più di cura e lascia che gli altri ti apprezzino."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.MOON): (
            "Venere attraversa la tua Luna natale e porta tenerezza in casa: rendi bello il tuo spazio, condividi un "
            "pasto con le persone care e lasciati coccolare."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.MERCURY): (
            "Le tue parole acquistano fascino mentre Venere si unisce al tuo Mercurio natale: scrivi, flirta o tratta, "
            "perché la gentilezza nel parlare ripaga."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.VENUS): (
            "Venere torna a casa, nel punto che occupa nel tuo tema natale, e rinnova ciò che ami e a cui dai valore: "
            "chiediti che cosa ti incanta davvero e comincia a investirci."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.MARS): (
            "Desiderio e affetto si fondono mentre Venere incontra il tuo Marte natale, e romanticismo e passione "
            "creativa si accendono: asseconda l'attrazione."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.JUPITER): (
            "Venere si unisce al Giove del tuo tema natale, uno dei contatti più dolci per l'amore e il denaro: goditi "
            "la generosità che ti circonda e tieni d'occhio le spese."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.SATURN): (
            "L'impegno passa in primo piano mentre Venere attraversa il tuo Saturno natale: un discorso serio su amore "
            "o denaro può gettare le basi di qualcosa di duraturo."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.SUN): (
            "La buona compagnia è a portata di mano mentre Venere è in sestile al tuo Sole natale: accetta l'invito o, "
            "meglio ancora, mandane uno tu."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.MOON): (
            "Rendi la casa un po' più accogliente mentre Venere è in sestile alla tua Luna natale: invita una persona "
            "cara o aggiungi un piccolo comfort, come fiori freschi o una luce soffusa."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.MERCURY): (
            "Venere è in sestile al tuo Mercurio natale e le parole gentili vengono facili: manda il complimento o il "
            "biglietto di ringraziamento, e la benevolenza tornerà a te."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.VENUS): (
            "Venere forma un sestile con la propria posizione natale, una piccola occasione per goderti ciò a cui "
            "tieni: organizza un appuntamento, visita una galleria o compra una cosa che abbia un significato."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.MARS): (
            "Una scintilla romantica o creativa aspetta solo di essere colta, con Venere in sestile al Marte del tuo "
            "tema natale, ma tocca a te fare la prima mossa."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.JUPITER): (
            "Venere è in sestile al tuo Giove natale e lascia intravedere un colpo di fortuna in amore o con il "
            "denaro: accetta l'offerta, dopo averne letto le condizioni."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.SATURN): (
            "La lealtà dimostrata con i fatti ripaga mentre Venere è in sestile al tuo Saturno natale: metti da parte "
            "qualche risparmio o mantieni una promessa fatta a una persona cara."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.SUN): (
            "Venere è in quadratura con il tuo Sole natale e il desiderio di piacere potrebbe scontrarsi con il "
            "bisogno di autenticità: scegli la sincerità, espressa con gentilezza."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.MOON): (
            "Bisogni emotivi e piacere non vanno d'accordo sotto la quadratura di Venere con la tua Luna natale: lo "
            "shopping consolatorio non risolverà nulla, ma un discorso franco e gentile sì."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.MERCURY): (
            "Con Venere in quadratura con il tuo Mercurio natale le parole cortesi possono nascondere i veri "
            "sentimenti: di' ciò che pensi con tatto e rinuncia agli acquisti d'impulso."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.VENUS): (
            "Ciò a cui dai valore potrebbe sembrare fuori sintonia con ciò che hai mentre Venere è in quadratura con "
            "la propria posizione natale: ripensa un'abitudine in amore o nelle spese."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.MARS): (
            "Venere è in quadratura con il Marte del tuo tema natale e mescola desiderio e attrito: un litigio tra "
            "innamorati può schiarire l'aria, purché la lotta resti leale da entrambe le parti."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.JUPITER): (
            "Esagerare con le cose belle è una forte tentazione mentre Venere è in quadratura con il tuo Giove natale: "
            "divertiti, ma fissa un budget prima che la festa cominci."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.SATURN): (
            "In amore o con il denaro potresti avere la sensazione di un freno tirato, con Venere in quadratura con il "
            "tuo Saturno natale, e quella pressione è un segnale utile per sistemare ciò che non funziona."
        ),
        (Body.VENUS, Aspect.TRINE, Body.SUN): (
            "Venere è in trigono al tuo Sole natale e ti rende facile da amare e facile da accontentare: goditi le "
            "attenzioni e regala il tuo calore a piene mani."
        ),
        (Body.VENUS, Aspect.TRINE, Body.MOON): (
            "L'armonia si posa su casa e cuore mentre Venere è in trigono alla Luna del tuo tema natale: passa del "
            "tempo con le persone che ti fanno sentire al sicuro."
        ),
        (Body.VENUS, Aspect.TRINE, Body.MERCURY): (
            "Le parole garbate arrivano senza sforzo mentre Venere è in trigono al tuo Mercurio natale: negozia, "
            "scrivi o parla d'amore, perché gli altri hanno voglia di ascoltarti."
        ),
        (Body.VENUS, Aspect.TRINE, Body.VENUS): (
            "Venere è in trigono alla propria posizione natale, una corrente dolce e facile per l'amore e il piacere: "
            "abbandonati alla buona compagnia e spendi per ciò a cui tieni davvero."
        ),
        (Body.VENUS, Aspect.TRINE, Body.MARS): (
            "Passione e affetto scorrono insieme con Venere in trigono al tuo Marte natale, e romanticismo, arte e "
            "gioco fioriscono."
        ),
        (Body.VENUS, Aspect.TRINE, Body.JUPITER): (
            "La gentilezza torna indietro con gli interessi mentre Venere è in trigono al tuo Giove natale, uno degli "
            "aspetti più fortunati in amore e con il denaro, quindi non risparmiare la generosità."
        ),
        (Body.VENUS, Aspect.TRINE, Body.SATURN): (
            "Venere è in trigono al tuo Saturno natale e stabilizza relazioni e finanze: è un buon momento per una "
            "promessa duratura o un investimento assennato."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.SUN): (
            "Venere è in opposizione al tuo Sole natale e in un partner o in una persona amica potresti vedere "
            "riflessi i tuoi desideri: trova un punto d'incontro e lascia che l'affetto ammorbidisca l'orgoglio."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.MOON): (
            "I tuoi bisogni e i desideri altrui vanno in direzioni diverse con Venere opposta alla tua Luna natale: "
            "cerca un conforto che possiate condividere."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.MERCURY): (
            "I discorsi su amore e denaro vanno visti da entrambi i lati mentre Venere è in opposizione al Mercurio "
            "del tuo tema natale: cerca di capire a che cosa l'altra persona tiene davvero."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.VENUS): (
            "Le relazioni diventano uno specchio mentre Venere si oppone alla propria posizione natale: ciò che cerchi "
            "negli altri mostra ciò che ora puoi imparare a darti."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.MARS): (
            "Attrazione e tensione crescono insieme con Venere opposta al tuo Marte natale: bilancia il desiderio di "
            "ricevere con la voglia di dare, e la scintilla resterà dolce."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.JUPITER): (
            "Venere è in opposizione al tuo Giove natale e gli altri potrebbero spingerti verso grandi gesti ed "
            "eccessi: goditeli senza lasciare che la generosità superi il buon senso."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.SATURN): (
            "L'amore può chiedere pazienza, o il dovere può togliere spazio al piacere, mentre Venere si oppone al tuo "
            "Saturno natale: valuta entrambi e scegli ciò che merita il tuo tempo."
        ),

        # ---- Mars: drive, anger, courage, action ----
        (Body.MARS, Aspect.CONJUNCTION, Body.SUN): (
            "Marte incontra il tuo Sole natale e carica volontà e vitalità: lancia qualcosa di audace e spendi il "
            "calore in più nell'azione anziché nelle discussioni."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.MOON): (
            "Emozioni forti si agitano in casa mentre Marte attraversa la tua Luna natale: ripara, pulisci o risistema "
            "qualcosa, e tieni i nervi tesi fuori dalle conversazioni in famiglia."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.MERCURY): (
            "La mente è rapida e le parole taglienti con Marte sul tuo Mercurio natale: sostieni le tue idee con "
            "convinzione, ma combatti solo le battaglie che ne valgono la pena."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.VENUS): (
            "Marte incontra la Venere del tuo tema natale e accende la passione: fai una mossa romantica audace o "
            "riversa l'energia in qualcosa da creare con le tue mani."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.MARS): (
            "Marte ritorna sulla propria posizione natale e dà il via a un nuovo ciclo di due anni all'insegna "
            "dell'azione: decidi dove puntare il tuo coraggio e comincia."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.JUPITER): (
            "Marte si unisce al tuo Giove natale e getta benzina sulle tue ambizioni: fai un passo audace verso la "
            "crescita e tieni a freno l'eccesso di sicurezza."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.SATURN): (
            "Lo slancio incontra la disciplina mentre Marte attraversa il tuo Saturno natale: la frustrazione è "
            "probabile, ma uno sforzo paziente e costante ti fa superare il muro."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.SUN): (
            "Un sestile di Marte al tuo Sole natale ti apre una finestra per agire con sicurezza: coglila affrontando "
            "un obiettivo che continui a rimandare."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.MOON): (
            "L'energia per migliorare la casa e per parlare onestamente in famiglia arriva con Marte in sestile alla "
            "tua Luna natale: avvia un progetto pratico finché dura la motivazione."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.MERCURY): (
            "Marte è in sestile al Mercurio del tuo tema natale e affina il tuo pensiero: prendi la decisione, invia "
            "la proposta e fai avanzare i tuoi piani."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.VENUS): (
            "Amore e piacere rispondono all'iniziativa mentre Marte è in sestile alla tua Venere natale: organizza un "
            "appuntamento o un'uscita e fa' in modo che succeda davvero."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.MARS): (
            "Marte è in sestile alla propria posizione natale e ti offre una riserva costante di energia in più: "
            "investila nell'attività fisica, in un progetto o in quella faccenda in sospeso sulla tua lista."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.JUPITER): (
            "Proponi l'idea, iscriviti o fai il grande salto: Marte è in sestile al tuo Giove natale, e l'azione "
            "audace ha spazio per trasformarsi in qualcosa di gratificante."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.SATURN): (
            "Il lavoro duro ripaga con Marte in sestile al tuo Saturno natale: metti le tue energie in strutture a "
            "lungo termine e vedrai che reggeranno."
        ),
        (Body.MARS, Aspect.SQUARE, Body.SUN): (
            "Marte è in quadratura con il tuo Sole natale e gli scontri di volontà sono possibili: usa la pressione "
            "per superare un ostacolo invece di mettere pressione alle persone."
        ),
        (Body.MARS, Aspect.SQUARE, Body.MOON): (
            "L'irritabilità potrebbe affiorare in casa mentre Marte è in quadratura con la Luna del tuo tema natale: "
            "di' presto che cosa ti dà fastidio, prima che il vaso trabocchi."
        ),
        (Body.MARS, Aspect.SQUARE, Body.MERCURY): (
            "Le parole possono farsi taglienti e le decisioni affrettate mentre Marte è in quadratura con il tuo "
            "Mercurio natale: conta fino a dieci, poi di' chiaramente ciò che va detto."
        ),
        (Body.MARS, Aspect.SQUARE, Body.VENUS): (
            "Marte è in quadratura con la tua Venere natale e crea attrito tra desiderio e armonia: un disaccordo in "
            "amore può portare sincerità, se resti leale."
        ),
        (Body.MARS, Aspect.SQUARE, Body.MARS): (
            "Marte è in quadratura con la propria posizione natale, un punto di controllo nel tuo ciclo biennale di "
            "slancio: la frustrazione mostra dove il tuo solito approccio ha smesso di funzionare."
        ),
        (Body.MARS, Aspect.SQUARE, Body.JUPITER): (
            "Con Marte in quadratura con il tuo Giove natale viene la tentazione di fare il passo più lungo della "
            "gamba: l'ambizione è benvenuta, ma dosa le forze e valuta i rischi."
        ),
        (Body.MARS, Aspect.SQUARE, Body.SATURN): (
            "Lo sforzo incontra resistenza mentre Marte è in quadratura con il tuo Saturno natale: non forzare la "
            "situazione e aggira l'ostacolo con pazienza."
        ),
        (Body.MARS, Aspect.TRINE, Body.SUN): (
            "Marte è in trigono al Sole del tuo tema natale, e vitalità e fiducia abbondano: prendi le redini, avvia "
            "il progetto e goditi lo slancio."
        ),
        (Body.MARS, Aspect.TRINE, Body.MOON): (
            "Le emozioni si traducono in azioni utili mentre Marte è in trigono alla tua Luna natale: cucina, "
            "costruisci o pulisci in casa, e assapora la soddisfazione."
        ),
        (Body.MARS, Aspect.TRINE, Body.MERCURY): (
            "Con Marte in trigono al tuo Mercurio natale ragioni con decisione e le tue parole convincono: discuti, "
            "proponi o scrivi con sicurezza."
        ),
        (Body.MARS, Aspect.TRINE, Body.VENUS): (
            "Marte è in trigono alla tua Venere natale e fonde con naturalezza passione e tenerezza: amore, lavoro "
            "creativo e vita sociale prosperano."
        ),
        (Body.MARS, Aspect.TRINE, Body.MARS): (
            "La tua energia scorre libera mentre Marte è in trigono alla propria posizione natale, un ottimo momento "
            "per lo sport, il lavoro impegnativo e qualsiasi inizio coraggioso."
        ),
        (Body.MARS, Aspect.TRINE, Body.JUPITER): (
            "Coraggio e fortuna lavorano insieme sotto il trigono di Marte al tuo Giove natale: corri un rischio "
            "calcolato, perché la sorte premia la tua iniziativa."
        ),
        (Body.MARS, Aspect.TRINE, Body.SATURN): (
            "Marte è in trigono al Saturno del tuo tema natale e porta un'energia disciplinata: uno sforzo costante e "
            "concentrato costruisce qualcosa che durerà."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.SUN): (
            "Marte è in opposizione al tuo Sole natale e qualcuno potrebbe sfidarti apertamente: difendi la tua "
            "posizione con calma e cerca l'equilibrio più che la vittoria."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.MOON): (
            "Le azioni degli altri potrebbero agitare le tue emozioni con Marte opposto alla tua Luna natale: rispondi "
            "a mente fredda, non sull'onda del dolore, e fai della casa una zona di tregua."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.MERCURY): (
            "I dibattiti possono farsi accesi mentre Marte si oppone al tuo Mercurio natale: ascolta fino in fondo "
            "l'altra parte prima di rispondere."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.VENUS): (
            "Attrazione e conflitto si accendono insieme mentre Marte si oppone alla Venere del tuo tema natale: "
            "bilancia la passione con la pazienza, e la tensione potrà avvicinarvi."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.MARS): (
            "Marte si oppone alla propria posizione natale, il traguardo di metà percorso del tuo ciclo di Marte: le "
            "ambizioni altrui mettono alla prova le tue, quindi adattati invece di combattere."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.JUPITER): (
            "La spinta di qualcun altro potrebbe indurti a strafare con Marte opposto al tuo Giove natale: fermati, "
            "valuta il costo e punta solo su ciò che è realistico."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.SATURN): (
            "Urgenza e prudenza si fanno la guerra mentre Marte si oppone al tuo Saturno natale: lascia che la "
            "tensione ti mostri quale regola piegare e quale rispettare."
        ),

        # ---- Jupiter: growth, luck, generosity, excess ----
        (Body.JUPITER, Aspect.CONJUNCTION, Body.SUN): (
            "Giove incontra il tuo Sole natale e apre un nuovo, generoso capitolo di crescita e fiducia: sogna in "
            "grande e lascia che la tua luce arrivi più lontano di prima."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.MOON): (
            "Il tuo senso di casa e di appartenenza si espande mentre Giove attraversa la tua Luna natale: coltiva i "
            "legami familiari e magari fai più spazio nella tua abitazione."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.MERCURY): (
            "Con Giove sul tuo Mercurio natale la mente si apre alle grandi idee: studia, pubblica, viaggia o insegna, "
            "e la tua voce raggiungerà più persone."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.VENUS): (
            "Giove incontra la Venere del tuo tema natale, un periodo generoso per amore e denaro: assapora "
            "l'abbondanza e ricorda che di più non è sempre meglio."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.MARS): (
            "Giove si unisce al tuo Marte natale e accresce coraggio e ambizione: avvia un'impresa audace, ma tieni il "
            "tuo entusiasmo ancorato a un piano."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.JUPITER): (
            "Giove ritorna dove si trovava alla tua nascita, il ritorno di Giove che si compie ogni dodici anni: "
            "comincia un nuovo ciclo di crescita, quindi scegli dove espanderti."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.SATURN): (
            "La speranza incontra la responsabilità mentre Giove attraversa il tuo Saturno natale, e le strutture che "
            "hai costruito possono crescere: ampliale con saggezza, un gradino alla volta."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.SUN): (
            "Il riconoscimento è vicino mentre Giove è in sestile al tuo Sole natale, ma la porta si apre solo per una "
            "proposta chiara e sicura: fai la tua."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.MOON): (
            "Giove è in sestile alla tua Luna natale e invita più calore nella tua vita domestica: organizza un "
            "ritrovo, riallaccia i rapporti con la famiglia o fai spazio a qualcuno di nuovo."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.MERCURY): (
            "Le occasioni per imparare e condividere idee si moltiplicano mentre Giove è in sestile al Mercurio del "
            "tuo tema natale: iscriviti, prendi la parola o pianifica il viaggio di cui continui a parlare."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.VENUS): (
            "Di' di sì a persone nuove e a nuove esperienze: Giove è in sestile alla tua Venere natale, e le occasioni "
            "di amore e piacere si presentano a chi sa cercarle."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.MARS): (
            "Giove è in sestile al tuo Marte natale e apre una finestra per un'azione audace e fruttuosa: l'impegno "
            "che investi in questo periodo ha modo di ripagarti."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.JUPITER): (
            "Giove forma un sestile con la propria posizione natale, un'apertura fortunata nel tuo ciclo di crescita "
            "di dodici anni: cogli l'occasione quando si presenta, perché non aspetterà."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.SATURN): (
            "L'impegno tenace trova sostegno con Giove in sestile al tuo Saturno natale: chiedi l'appoggio, la "
            "promozione o il mentore di cui hai bisogno."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.SUN): (
            "Giove è in quadratura con il Sole del tuo tema natale e l'ambizione potrebbe superare i tuoi piani: "
            "lascia che l'attrito ti faccia crescere, ma mantieni realistiche le tue promesse."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.MOON): (
            "Le emozioni si fanno grandi e la casa potrebbe sembrarti stretta mentre Giove è in quadratura con la tua "
            "Luna natale: decidi di che cosa hai davvero bisogno prima di aggiungere altro."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.MERCURY): (
            "I grandi progetti rischiano di saltare i dettagli sotto la quadratura di Giove con il tuo Mercurio "
            "natale: verifica i fatti, restringi il campo, poi vai avanti con fiducia."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.VENUS): (
            "Giove è in quadratura con la tua Venere natale e ti invoglia a spendere troppo o a promettere troppo in "
            "amore: goditi i tuoi piaceri, ma fissa limiti ragionevoli."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.MARS): (
            "Il gusto del rischio sembra irresistibile mentre Giove è in quadratura con il tuo Marte natale: incanala "
            "l'impulso in una spinta ben pianificata anziché in un salto avventato."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.JUPITER): (
            "Giove è in quadratura con la propria posizione natale, una verifica della crescita nel tuo ciclo di "
            "dodici anni: l'irrequietezza mostra dove le tue convinzioni hanno bisogno di un aggiornamento."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.SATURN): (
            "La voglia di espanderti incontra il tuo senso della prudenza con Giove in quadratura con il Saturno del "
            "tuo tema natale: lascia che si moderino a vicenda e avanza a passi misurati."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.SUN): (
            "Giove è in trigono al tuo Sole natale e porta un lungo periodo sereno di fiducia e buona sorte: punta in "
            "alto, perché le porte si aprono volentieri per te."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.MOON): (
            "Serenità emotiva e gioie domestiche arrivano con Giove in trigono alla tua Luna natale: goditi la "
            "famiglia, le comodità e uno stato d'animo generoso."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.MERCURY): (
            "Studio, scrittura e viaggi scorrono bene mentre Giove è in trigono al tuo Mercurio natale: condividi le "
            "tue idee ad ampio raggio, perché trovano un pubblico ricettivo."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.VENUS): (
            "Giove è in trigono alla Venere del tuo tema natale, un periodo felice e facile per amore, amicizia e "
            "denaro: goditelo e passa ad altri un po' della tua fortuna."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.MARS): (
            "Le mosse audaci sono ben sostenute con Giove in trigono al tuo Marte natale: avvia l'impresa, "
            "l'allenamento o l'avventura che sogni da tempo."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.JUPITER): (
            "Giove è in trigono alla propria posizione natale, una fase armoniosa del tuo ciclo di dodici anni, e la "
            "crescita arriva con naturalezza: segui ciò che ti ispira."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.SATURN): (
            "Visione e disciplina trovano l'equilibrio mentre Giove è in trigono al tuo Saturno natale, un periodo "
            "ideale per costruire una carriera, una casa o un progetto che duri."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.SUN): (
            "Giove è in opposizione al tuo Sole natale e gli altri potrebbero portarti grandi opportunità o grandi "
            "pretese: valuta ciascuna alla luce di ciò che sei davvero."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.MOON): (
            "L'entusiasmo degli altri smuove i tuoi sentimenti mentre Giove si oppone alla Luna del tuo tema natale: "
            "goditi il calore, ma proteggi il tuo bisogno di quiete."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.MERCURY): (
            "Altri punti di vista sfidano il tuo mentre Giove si oppone al tuo Mercurio natale: mantieni la mente "
            "aperta, perché il confronto può ampliare il tuo modo di pensare."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.VENUS): (
            "I gesti generosi vanno in entrambe le direzioni con Giove opposto alla tua Venere natale: goditi il dare "
            "e il ricevere, e tieni in equilibrio amore e denaro."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.MARS): (
            "Giove è in opposizione al tuo Marte natale e gli altri potrebbero incoraggiarti a correre rischi che per "
            "conto tuo non correresti: verifica se la loro spinta giova ai tuoi obiettivi."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.JUPITER): (
            "Giove si oppone alla propria posizione natale, la metà esatta del tuo ciclo di dodici anni: gli altri ti "
            "rimandano le tue convinzioni e ti mostrano dove crescere ancora."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.SATURN): (
            "Espansione e sicurezza si contendono il campo con Giove opposto al tuo Saturno natale: qualcuno potrebbe "
            "spronarti a lasciarti andare, quindi trova il tuo equilibrio."
        ),

        # ---- Saturn: duty, limits, patience, structure ----
        (Body.SATURN, Aspect.CONJUNCTION, Body.SUN): (
            "Saturno incontra il tuo Sole natale, un passaggio impegnativo ma decisivo: dedicati a ciò che conta "
            "davvero e lascia andare i ruoli che non ti appartengono più."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.MOON): (
            "Saturno attraversa la Luna del tuo tema natale e ti chiede di prendere sul serio i tuoi bisogni emotivi: "
            "costruisci una casa e abitudini che ti sostengano davvero."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.MERCURY): (
            "Il tuo pensiero si fa serio e preciso mentre Saturno si unisce al tuo Mercurio natale: studia, pianifica "
            "e firma solo ciò che comprendi fino in fondo."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.VENUS): (
            "Saturno incontra la tua Venere natale e mette alla prova relazioni e finanze: ciò che è autentico si "
            "rafforza, e ciò che non lo è potrebbe svanire in silenzio."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.MARS): (
            "Ogni sforzo potrebbe sembrare frenato mentre Saturno si unisce al tuo Marte natale: un'azione lenta e "
            "disciplinata funziona meglio della forza e costruisce una resistenza duratura."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.JUPITER): (
            "Saturno attraversa il tuo Giove natale e chiede alle tue speranze di prendere forma concreta: sfoltisci i "
            "sogni che non puoi sostenere e investi in quelli alla tua portata."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.SATURN): (
            "Saturno torna alla posizione che occupava alla tua nascita, il tuo ritorno di Saturno, un rito di "
            "passaggio che ti chiede di prendere in mano la direzione della tua vita."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.SUN): (
            "Il sestile di Saturno al tuo Sole natale offre l'occasione di costruire qualcosa di solido: assumiti una "
            "responsabilità vera e vedrai crescere la tua reputazione."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.MOON): (
            "Saturno è in sestile alla tua Luna natale e sostiene abitudini stabili e sicurezza emotiva: risolvi una "
            "questione di casa o di famiglia finché è facile."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.MERCURY): (
            "Riflessione accurata e pianificazione sono favorite con Saturno in sestile al Mercurio del tuo tema "
            "natale: sfrutta questo spiraglio per scrivere, studiare o definire un contratto."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.VENUS): (
            "Amore e denaro traggono beneficio dall'impegno mentre Saturno è in sestile alla tua Venere natale: fai "
            "una promessa concreta o inizia un piano di risparmio."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.MARS): (
            "Saturno è in sestile al tuo Marte natale e ti dà la resistenza per un lavoro paziente e disciplinato: "
            "cogli l'occasione per affrontare un progetto lungo passo dopo passo."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.JUPITER): (
            "Dai basi concrete alle tue ambizioni mentre Saturno è in sestile al tuo Giove natale: un piano sensato "
            "messo a punto ora può sostenere la tua crescita per anni."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.SATURN): (
            "Saturno forma un sestile con la propria posizione natale, un punto costruttivo nel tuo lungo ciclo di "
            "Saturno: rafforza le fondamenta e assumiti i doveri che ti si addicono."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.SUN): (
            "Saturno è in quadratura con il tuo Sole natale e gli ostacoli mettono alla prova la tua determinazione: "
            "la pressione è reale, ma affrontarla costruisce una fiducia che dura."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.MOON): (
            "Con Saturno in quadratura con la tua Luna natale la vita domestica può sembrare pesante o i tuoi bisogni "
            "insoddisfatti: abbi pazienza con te e rafforza ciò che ti sostiene."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.MERCURY): (
            "I piani potrebbero arenarsi o i dubbi farsi assordanti mentre Saturno è in quadratura con il tuo Mercurio "
            "natale: rallenta, verifica il tuo ragionamento e correggi il tiro invece di mollare."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.VENUS): (
            "Saturno è in quadratura con la Venere del tuo tema natale e mette alla prova amore e finanze: affronta "
            "con onestà la domanda difficile, e ciò che resta sarà più forte."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.MARS): (
            "La frustrazione cresce quando l'azione incontra resistenza, e la quadratura di Saturno con il tuo Marte "
            "natale porta entrambe le cose: lavora con più astuzia e meno fatica, e dosa le energie."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.JUPITER): (
            "Saturno è in quadratura con il tuo Giove natale e tira il freno all'espansione: lascia che l'attrito ti "
            "mostri quali progetti valgono la fatica."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.SATURN): (
            "Saturno è in quadratura con la propria posizione natale, una delle tappe fondamentali del tuo ciclo di "
            "Saturno: le strutture che non ti vanno più bene vengono allo scoperto, quindi ricostruisci con cura."
        ),
        (Body.SATURN, Aspect.TRINE, Body.SUN): (
            "Saturno è in trigono al tuo Sole natale e ti presta stabilità e autorevolezza: gli obiettivi a lungo "
            "termine avanzano con affidabilità, quindi concentra gli sforzi dove contano."
        ),
        (Body.SATURN, Aspect.TRINE, Body.MOON): (
            "Con Saturno in trigono alla tua Luna natale arrivano equilibrio emotivo e calma tra le mura di casa, un "
            "buon periodo per sistemare una volta per tutte le questioni familiari."
        ),
        (Body.SATURN, Aspect.TRINE, Body.MERCURY): (
            "Il tuo pensiero è lucido e disciplinato mentre Saturno è in trigono al Mercurio del tuo tema natale: "
            "pianifica con cura adesso, e i tuoi piani reggeranno."
        ),
        (Body.SATURN, Aspect.TRINE, Body.VENUS): (
            "Saturno è in trigono alla tua Venere natale e rafforza gli impegni in amore e nel denaro: la lealtà viene "
            "premiata e una relazione stabile si approfondisce."
        ),
        (Body.SATURN, Aspect.TRINE, Body.MARS): (
            "Impegno e disciplina lavorano all'unisono con Saturno in trigono al tuo Marte natale, così un'azione "
            "costante e paziente ti permette di ottenere moltissimo."
        ),
        (Body.SATURN, Aspect.TRINE, Body.JUPITER): (
            "Saturno è in trigono al tuo Giove natale e bilancia visione e realismo: la crescita che costruisci in "
            "questo periodo poggia su basi solide."
        ),
        (Body.SATURN, Aspect.TRINE, Body.SATURN): (
            "Saturno è in trigono alla propria posizione natale, una fase stabile nel tuo lungo ciclo di maturazione: "
            "le strutture che hai costruito ti sono di grande aiuto."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.SUN): (
            "Sotto l'opposizione di Saturno al tuo Sole natale, qualcuno con autorità potrebbe mettere in discussione "
            "la tua direzione: resta fedele al tuo scopo mentre correggi ciò che è sbilanciato."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.MOON): (
            "Le responsabilità verso gli altri potrebbero pesare sulla tua vita emotiva mentre Saturno si oppone alla "
            "tua Luna natale: condividi il carico ed esprimi chiaramente i tuoi bisogni."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.MERCURY): (
            "I tuoi piani potrebbero incontrare critiche o ritardi mentre Saturno si oppone al tuo Mercurio natale: "
            "cogli la parte utile e rivedi tutto con pazienza."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.VENUS): (
            "Saturno si oppone alla Venere del tuo tema natale e verifica l'equilibrio nelle tue relazioni: ciò che "
            "dai e ciò che ricevi devono essere equi per durare."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.MARS): (
            "Regole o persone autorevoli potrebbero frenare il tuo slancio con Saturno opposto al tuo Marte natale: "
            "cerca una via paziente per andare avanti anziché lo scontro frontale."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.JUPITER): (
            "Prudenza e speranza si fronteggiano mentre Saturno si oppone al tuo Giove natale: il realismo altrui "
            "potrebbe ridimensionare i tuoi progetti, quindi tieni ciò che è solido e lascia il resto."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.SATURN): (
            "Saturno si oppone alla propria posizione natale, il punto di metà del tuo ciclo di Saturno: le richieste "
            "esterne rispecchiano quelle interiori, quindi riequilibra gli impegni che hai assunto."
        ),
    },
)
