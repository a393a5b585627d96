"""German phrases for compatibility readings (see `horoscope_service.phrasebooks.compatibility`)."""

from horoscope_service.model import Element, Modality
from horoscope_service.phrasebooks.compatibility import CompatibilityBook

COMPATIBILITY = CompatibilityBook(
    elements={Element.FIRE: "Feuer", Element.EARTH: "Erde", Element.AIR: "Luft", Element.WATER: "Wasser"},
    modalities={Modality.CARDINAL: "kardinal", Modality.FIXED: "fix", Modality.MUTABLE: "veränderlich"},
    distance=(
        # 0: the same sign
        (
            (
                "Mit demselben Sternzeichen erkennen Sie sich beide schnell im anderen wieder – Gewohnheiten, "
                "Hoffnungen und blinde Flecken inklusive."
            ),
            (
                "Diese große Ähnlichkeit macht vieles leicht, doch was Ihnen beiden fehlt, gleicht keiner von Ihnen "
                "von selbst aus."
            ),
        ),
        # 1: neighboring signs (semi-sextile)
        (
            (
                "Als Nachbarn im Tierkreis stehen Sie Seite an Seite und gehen das Leben doch aus spürbar "
                "verschiedenen Richtungen an."
            ),
            (
                "Jeder von Ihnen bringt etwas mit, das der andere gerade erst lernt; mit Geduld werden aus kleinen "
                "Unterschieden leise Lektionen."
            ),
        ),
        # 2: sextile
        (
            (
                "Ein Sextil verbindet Sie beide – ein freundlicher Aspekt, der Türen öffnet, sobald einer von Ihnen "
                "den ersten Schritt macht."
            ),
            (
                "Das Wohlwollen ist von Anfang an da; was daraus wächst, hängt davon ab, wie viel Mühe Sie beide "
                "hineinstecken."
            ),
        ),
        # 3: square
        (
            (
                "Zwischen Ihren Zeichen steht ein Quadrat, und so ziehen Ihre Instinkte oft im selben Moment in "
                "verschiedene Richtungen."
            ),
            (
                "Diese Reibung kann Sie zermürben oder Sie beide schärfen – sprechen Sie sie früh an, dann bleibt sie "
                "produktiv und wird nicht persönlich."
            ),
        ),
        # 4: trine
        (
            (
                "Ihre Zeichen bilden ein Trigon, den harmonischsten Aspekt überhaupt, und oft braucht es zwischen "
                "Ihnen kaum Worte, um sich zu verstehen."
            ),
            (
                "Bei so wenig Widerstand liegt die Gefahr im bequemen Dahingleiten; stellen Sie Ihre Verbindung also "
                "hin und wieder vor eine neue Herausforderung."
            ),
        ),
        # 5: quincunx (inconjunct)
        (
            (
                "Ein Quincunx trennt Ihre Zeichen – ein sperriger Aspekt, bei dem jeder von Ihnen eine etwas andere "
                "Sprache spricht."
            ),
            (
                "Sich aufeinander einzustellen, erfordert bewusste Arbeit, doch die Verbindung, die daraus entsteht, "
                "ist oft ungewöhnlich einfallsreich."
            ),
        ),
        # 6: opposite signs
        (
            (
                "Als Gegenzeichen stehen Sie einander im Tierkreis gegenüber, und jeder von Ihnen spiegelt, was der "
                "andere gern übersieht."
            ),
            (
                "Gegensätze ziehen sich wirklich an – und die Anziehung hält, wenn Sie Ihre Unterschiede als Ausgleich "
                "sehen, nicht als Wettkampf."
            ),
        ),
    ),
    element_pair={
        (Element.FIRE, Element.FIRE): (
            (
                "Zwei Feuerzeichen bringen zusammen Begeisterung, kühne Pläne und viel Gelächter mit – oft alles auf "
                "einmal."
            ),
            (
                "Zwischen Ihnen kocht das Temperament schnell hoch und kühlt ebenso schnell ab; lassen Sie einen "
                "Funken verglimmen, bevor ein Brand daraus wird."
            ),
        ),
        (Element.FIRE, Element.EARTH): (
            (
                "Feuer bringt den Funken, Erde den Boden, auf dem sich bauen lässt – nur sind Sie selten im gleichen "
                "Tempo unterwegs."
            ),
            (
                "Einer von Ihnen will sofort loslegen, der andere erst einen Plan; am besten wird es, wenn beide zu "
                "Wort kommen."
            ),
        ),
        (Element.FIRE, Element.AIR): (
            "Feuer und Luft fachen einander an: Aus Ideen werden Taten, und aus Taten entstehen neue Ideen.",
            (
                "Das Gespräch fließt mühelos, und die Energie zwischen Ihnen steigt mitunter so hoch, dass Sie Ruhe "
                "und Routine glatt vergessen."
            ),
        ),
        (Element.FIRE, Element.WATER): (
            "Feuer und Wasser ergeben Dampf: eine Mischung aus echter Leidenschaft und leicht verletzlichen Gefühlen.",
            (
                "Einer von Ihnen handelt impulsiv, der andere nach Gefühlslage – deshalb zählt vor allem Sanftheit, "
                "wenn es hitzig wird."
            ),
        ),
        (Element.EARTH, Element.EARTH): (
            (
                "Zwei Erdzeichen bauen zusammen etwas Beständiges auf, mit geteilter Wertschätzung für Fleiß, "
                "Behaglichkeit und gehaltene Versprechen."
            ),
            (
                "Zwischen Ihnen schleicht sich allzu leicht Routine ein; gönnen Sie sich darum ab und zu einen "
                "ungeplanten Ausflug."
            ),
        ),
        (Element.EARTH, Element.AIR): (
            (
                "Erde hält sich an das Greifbare, Luft an das Mögliche – das macht Sie zu einem nachdenklichen "
                "Gespann, das sich gelegentlich gegenseitig Rätsel aufgibt."
            ),
            (
                "Führen Sie Ideen und Praxis auf halbem Weg zusammen: Einer von Ihnen erträumt den Plan, der andere "
                "prüft, ob er trägt."
            ),
        ),
        (Element.EARTH, Element.WATER): (
            (
                "Erde und Wasser nähren einander – mit beständiger Fürsorge auf der einen und tiefem Gefühl auf der "
                "anderen Seite."
            ),
            (
                "Vertrauen wächst zwischen Ihnen langsam, aber sicher, und hat es einmal Wurzeln geschlagen, ist es "
                "bemerkenswert schwer zu erschüttern."
            ),
        ),
        (Element.AIR, Element.AIR): (
            "Zwei Luftzeichen geht der Gesprächsstoff nie aus, und Ihre Gedanken finden mühelos zueinander.",
            (
                "Zwischen all den Ideen können Gefühle verloren gehen; sprechen Sie also aus, was Ihnen wichtig ist, "
                "statt es als selbstverständlich vorauszusetzen."
            ),
        ),
        (Element.AIR, Element.WATER): (
            (
                "Luft denkt die Dinge durch, Wasser fühlt sie durch – und jeder von Ihnen findet den anderen mitunter "
                "schwer zu durchschauen."
            ),
            (
                "Wenn Logik und Gefühl sich abwechseln, statt zu konkurrieren, verstehen Sie einander besser als die "
                "meisten."
            ),
        ),
        (Element.WATER, Element.WATER): (
            (
                "Zwei Wasserzeichen erspüren ihre Stimmungen gegenseitig beinahe wortlos – daraus wächst ein tiefes, "
                "ganz eigenes Einverständnis."
            ),
            (
                "Geteilte Gefühle können auch zu geteilten Sorgen anschwellen; halten Sie sich darum einen nüchternen "
                "Blick von außen bereit."
            ),
        ),
    },
    modality_pair={
        (Modality.CARDINAL, Modality.CARDINAL): (
            (
                "Sie beide ergreifen von Natur aus gern die Initiative, geben die Richtung vor und bringen die Dinge "
                "in Bewegung."
            ),
            (
                "Wenn Sie beide führen wollen, klären Sie, wer wofür die Verantwortung übernimmt – dann wird aus "
                "Rivalität echte Partnerschaft."
            ),
        ),
        (Modality.CARDINAL, Modality.FIXED): (
            (
                "Einer von Ihnen stößt Dinge an, der andere hält sie am Laufen – eine starke Mischung aus Initiative "
                "und Ausdauer."
            ),
            (
                "Reibung entsteht, wenn neue Pläne auf feste Gewohnheiten treffen; legen Sie gemeinsam fest, was "
                "bleibt und was sich ändern darf."
            ),
        ),
        (Modality.CARDINAL, Modality.MUTABLE): (
            (
                "Einer von Ihnen gibt den Kurs vor, der andere passt ihn an, wenn sich die Umstände ändern – so "
                "bleiben Ihre Pläne beweglich."
            ),
            (
                "Schwierig wird es erst, wenn Entscheidungen für den einen zu schnell fallen oder für den anderen zu "
                "oft umgeworfen werden."
            ),
        ),
        (Modality.FIXED, Modality.FIXED): (
            (
                "Zwei fixe Zeichen bringen eine beharrliche Treue mit: Haben Sie sich einmal füreinander entschieden, "
                "bleibt es dabei."
            ),
            (
                "Keiner von Ihnen gibt leicht nach, und so verhärten sich Meinungsverschiedenheiten schnell – es sei "
                "denn, einer macht das erste kleine Zugeständnis."
            ),
        ),
        (Modality.FIXED, Modality.MUTABLE): (
            (
                "Einer von Ihnen bietet Beständigkeit, der andere Flexibilität – an guten Tagen gleicht sich das "
                "wunderbar aus."
            ),
            (
                "Dem Beständigen erscheint der andere vielleicht rastlos, und der Rastlose fühlt sich womöglich "
                "eingeengt – sprechen Sie offen über Ihr Tempo."
            ),
        ),
        (Modality.MUTABLE, Modality.MUTABLE): (
            (
                "Zwei veränderliche Zeichen stellen sich auf fast alles ein, und so wird Ihre gemeinsame Zeit leicht, "
                "abwechslungsreich und unbeschwert."
            ),
            (
                "Weil keiner von Ihnen das Steuer festhält, verlaufen Pläne leicht im Sand; wählen Sie ein paar feste "
                "Vorhaben und ziehen Sie sie gemeinsam durch."
            ),
        ),
    },
    love={
        (Element.FIRE, Element.FIRE): (
            "Die Liebe zweier Feuerzeichen ist heiß und verspielt, voller Mutproben, Überraschungen und schneller "
            "Versöhnungen."
        ),
        (Element.FIRE, Element.EARTH): (
            "In der Liebe trifft Ungeduld auf ein gemächlicheres Tempo, und wer warten kann, wird mit einer Wärme "
            "belohnt, die Jahre überdauert."
        ),
        (Element.FIRE, Element.AIR): (
            "Flirten liegt Ihnen beiden im Blut, und solange der Spaß bleibt, bleibt auch die Romantik lebendig."
        ),
        (Element.FIRE, Element.WATER): (
            "Zwischen Ihnen beiden lodert tiefe Leidenschaft, doch wenn die Gemüter sich erhitzen, brauchen zarte "
            "Gefühle einen behutsamen Umgang."
        ),
        (Element.EARTH, Element.EARTH): (
            "Ihre Liebe wächst durch kleine, verlässliche Gesten – ein gemeinsam gekochtes Essen, ein still gehaltenes "
            "Versprechen."
        ),
        (Element.EARTH, Element.AIR): (
            "In der Liebe zeigt einer von Ihnen Zuneigung mit Worten, der andere mit Taten – lernen Sie, beide "
            "Sprachen zu verstehen."
        ),
        (Element.EARTH, Element.WATER): (
            "Gemeinsam schaffen Sie eine zärtliche, schützende Liebe, in der Sie sich beide ohne Angst weich und "
            "verletzlich zeigen können."
        ),
        (Element.AIR, Element.AIR): (
            "Ihre Liebe beginnt im Kopf, und ein gutes Gespräch ist für Sie beide die verlässlichste Form von Romantik."
        ),
        (Element.AIR, Element.WATER): (
            "Romantisch gesehen möchte einer von Ihnen die Dinge bereden, der andere sich verstanden fühlen – schenken "
            "Sie einander beides."
        ),
        (Element.WATER, Element.WATER): (
            "Ihre Liebe ist innig und intuitiv, doch es hilft, laut auszusprechen, worauf jeder von Ihnen insgeheim "
            "hofft."
        ),
    },
    love_distance=(
        (
            "Ein so ähnlicher Mensch an Ihrer Seite fühlt sich an wie Heimkommen – bewahren Sie sich dennoch ein Stück "
            "Geheimnis, indem Sie eigenen Interessen nachgehen."
        ),
        (
            "Bei benachbarten Zeichen wollen kleine Unterschiede in den Gewohnheiten sanft ausgehandelt werden, nicht "
            "still hinuntergeschluckt."
        ),
        (
            "Bei Ihnen beiden wächst die Liebe leicht aus Freundschaft, und gemeinsame Interessen halten die Anziehung "
            "frisch."
        ),
        (
            "Das Quadrat zwischen Ihren Zeichen bringt Knistern und Krach zu gleichen Teilen – streiten Sie fair und "
            "versöhnen Sie sich herzlich."
        ),
        (
            "Durch Ihr Trigon fließt die Zuneigung natürlich und ungezwungen; kleine romantische Gesten bewahren sie "
            "davor, zur Gewohnheit zu werden."
        ),
        (
            "Liebe über einen Quincunx hinweg verlangt Neugier: Fragen Sie immer wieder nach, was Ihr Gegenüber "
            "braucht, statt zu raten."
        ),
        (
            "In der Liebe ist der Sog zwischen Gegenzeichen stark, und er vertieft sich, je mehr jeder von Ihnen von "
            "der Art des anderen lernt."
        ),
    ),
    friendship={
        (Element.FIRE, Element.FIRE): (
            "Als Freunde stacheln Sie einander zu Neuem an, und in Ihrer Nähe wird es selten langweilig."
        ),
        (Element.FIRE, Element.EARTH): (
            "In dieser Freundschaft trifft Abenteuerlust auf Realitätssinn, und jeder von Ihnen bewahrt den anderen "
            "auf seine Weise vor Ärger."
        ),
        (Element.FIRE, Element.AIR): (
            "Ihre Freundschaft lebt von gemeinsamen Abenteuern und langen Gesprächen, und Ihre Pläne vermehren sich "
            "wie von selbst."
        ),
        (Element.FIRE, Element.WATER): (
            "In Ihrer Freundschaft bringt einer von Ihnen Mut mit, der andere Einfühlungsvermögen – beides ist Gold "
            "wert, wenn das Leben schwer wird."
        ),
        (Element.EARTH, Element.EARTH): (
            "Ihre Freundschaft ist von der Sorte, die mit praktischer Hilfe vor der Tür steht, ohne Fragen zu stellen."
        ),
        (Element.EARTH, Element.AIR): (
            "Als Freunde ergänzen Sie sich: Der eine bringt frische Ideen ein, der andere einen vernünftigen "
            "Realitätscheck."
        ),
        (Element.EARTH, Element.WATER): (
            "Dies ist eine treue Freundschaft ohne viel Drama, in der ein ruhiger gemeinsamer Abend mehr bedeuten kann "
            "als jede Party."
        ),
        (Element.AIR, Element.AIR): (
            "Ihre Freundschaft ist ein einziges langes Gespräch voller Insiderwitze, geteilter Links und Meinungen zu "
            "allem und jedem."
        ),
        (Element.AIR, Element.WATER): (
            "Unter Freunden möchte der eine ein Problem analysieren, der andere einfach getröstet werden – fragen Sie "
            "zuerst, welche Art von Beistand gerade gebraucht wird."
        ),
        (Element.WATER, Element.WATER): (
            "Als Freunde lesen Sie instinktiv in den Stimmungen des anderen und sind füreinander ein sicherer Hafen "
            "für Vertrauliches."
        ),
    },
    friendship_distance=(
        (
            "Freunde desselben Zeichens verstehen sich in einer Art Geheimsprache, die anderen entgeht – und haben "
            "auch denselben Dickkopf."
        ),
        (
            "Als benachbarte Zeichen sind Sie Freunde, die still die Lücken des anderen füllen, ohne sie je ansprechen "
            "zu müssen."
        ),
        (
            "Das Sextil gehört zu den freundlichsten Aspekten überhaupt, und diese Verbindung hält mit wenig Pflege "
            "viele Jahre."
        ),
        (
            "Diese Freundschaft kennt angespannte Momente, doch ehrliche Meinungsverschiedenheiten machen sie eher "
            "stärker als schwächer."
        ),
        (
            "Mit einem Trigon zwischen Ihren Zeichen fühlt sich Freundschaft mühelos an, und Sie knüpfen jederzeit "
            "genau dort an, wo Sie aufgehört haben."
        ),
        (
            "Auf den ersten Blick wirkt diese Freundschaft unwahrscheinlich, doch sie funktioniert, weil jeder dem "
            "anderen eine andere Welt zeigt."
        ),
        (
            "Als Freunde aus Gegenzeichen sehen Sie die Dinge von beiden Seiten, und das macht Ihren Rat füreinander "
            "so wertvoll."
        ),
    ),
    work={
        (Element.FIRE, Element.FIRE): (
            "Im Beruf bringen Sie beide Energie und Ehrgeiz mit – teilen Sie das Rampenlicht fair und klären Sie, wer "
            "sich um die Details kümmert."
        ),
        (Element.FIRE, Element.EARTH): (
            "Bei einem gemeinsamen Projekt sorgt einer von Ihnen für Schwung, der andere für Ergebnisse – eine starke "
            "Mischung, wenn Fristen drängen."
        ),
        (Element.FIRE, Element.AIR): (
            "Bei der Zusammenarbeit sprudeln die Ideen, und Sie verkaufen sie gut – nur muss auch jemand die Umsetzung "
            "übernehmen."
        ),
        (Element.FIRE, Element.WATER): (
            "Im Arbeitsalltag prescht einer von Ihnen nach vorn, während der andere die Stimmung im Raum erspürt – "
            "beide Instinkte nützen dem Team."
        ),
        (Element.EARTH, Element.EARTH): (
            "Als Kollegen sind Sie verlässlich und gründlich und liefern gemeinsam solide Ergebnisse, auf die andere "
            "bauen können."
        ),
        (Element.EARTH, Element.AIR): (
            "Bei der Arbeit entwirft einer von Ihnen die Strategie, der andere prüft sie an der Wirklichkeit – das "
            "erspart teure Fehler."
        ),
        (Element.EARTH, Element.WATER): (
            "Wenn Sie zusammenarbeiten, verbinden Sie praktisches Können mit einem Gespür für das, was Menschen "
            "brauchen, und das sieht man Ihrer Arbeit an."
        ),
        (Element.AIR, Element.AIR): (
            "Als Kollegen glänzen Sie beim Brainstorming und Netzwerken, doch halten Sie schriftlich fest, wer welche "
            "Aufgabe zu Ende bringt."
        ),
        (Element.AIR, Element.WATER): (
            "Im Team liefert einer von Ihnen die Logik, der andere sorgt für gute Stimmung – würdigen Sie beide "
            "Beiträge gleichermaßen."
        ),
        (Element.WATER, Element.WATER): (
            "Sie arbeiten gut an allem, was Feingefühl oder Kreativität verlangt, doch Entscheidungen geraten ins "
            "Stocken, während Sie erst die Stimmung ausloten."
        ),
    },
    work_distance=(
        (
            "Mit jemandem aus dem eigenen Zeichen zu arbeiten, heißt: gleiche Methoden, gleiche Ziele – holen Sie vor "
            "großen Entscheidungen eine dritte Meinung ein."
        ),
        (
            "Im Job decken benachbarte Zeichen angrenzende Fähigkeiten ab; teilen Sie die Aufgaben danach auf, was "
            "jeder von Ihnen am besten kann."
        ),
        (
            "Das Sextil zwischen Ihnen begünstigt die Zusammenarbeit, und gemeinsame Projekte eröffnen oft Chancen für "
            "Sie beide."
        ),
        (
            "Die Zusammenarbeit über ein Quadrat hinweg kann angespannt sein, doch gerade dieser Druck bringt oft Ihre "
            "ehrgeizigsten Ergebnisse hervor."
        ),
        (
            "Da ein Trigon Sie verbindet, gehen Aufgaben reibungslos hin und her, und ein gemeinsamer Rhythmus stellt "
            "sich ohne lange Absprachen ein."
        ),
        (
            "Beruflich passen Ihre Herangehensweisen anfangs selten zusammen; formulieren Sie klare Erwartungen und "
            "stimmen Sie sich häufig ab."
        ),
        (
            "Als Kollegen aus Gegenzeichen gleichen Sie einander mit Ihren Stärken aus – vorausgesetzt, Sie verhandeln "
            "miteinander, statt zu konkurrieren."
        ),
    ),
    day={
        "moon_in_one": (
            (
                "Mit dem Mond {moon_in}, einem Ihrer beiden Zeichen, bestimmt heute die Gefühlswelt eines von Ihnen "
                "die Stimmung für Sie beide."
            ),
            (
                "Der Mond {moon_in} rückt heute einen von Ihnen in den Mittelpunkt; wer ihn stärker spürt, sollte "
                "aussprechen, was er braucht."
            ),
            (
                "Heute steht der Mond {moon_in} und damit in einem Ihrer Zeichen – so lassen sich Gefühle zwischen "
                "Ihnen leichter deuten."
            ),
        ),
        "moon_in_shared_element": (
            "Der Mond {moon_in} teilt heute sein Element mit einem von Ihnen – dessen Gespür ist ein guter Wegweiser.",
            (
                "Mit dem Mond {moon_in} färbt heute ein vertrautes Element den Tag, und Zusammenarbeit kostet weniger "
                "Mühe."
            ),
            (
                "Ein Element, das Sie gut kennen, kehrt mit dem Mond {moon_in} zurück; heute sind gemeinsame Pläne "
                "besser als Alleingänge."
            ),
        ),
        "moon_harmonious": (
            (
                "Der Mond {moon_in} blickt heute freundlich auf Ihre beiden Zeichen – ein guter Moment, um zusammen "
                "Pläne zu schmieden."
            ),
            (
                "Mit dem Mond {moon_in}, der zu Ihnen beiden harmonisch steht, begünstigt der Tag ehrliche Worte und "
                "großzügige Gesten."
            ),
            (
                "Heute ebnet der Mond {moon_in} den Weg zwischen Ihnen, und ein heikles Thema lässt sich leichter "
                "ansprechen."
            ),
        ),
        "moon_tense": (
            (
                "Der Mond {moon_in} setzt heute einen von Ihnen unter Druck; rechnen Sie mit einer kürzeren Zündschnur "
                "als sonst."
            ),
            (
                "Der Mond {moon_in} bildet heute einen spannungsreichen Winkel zu Ihren Zeichen – ein Tag eher zum "
                "Zuhören als zum Klären alter Streitfragen."
            ),
            (
                "Heute macht der Mond {moon_in} einen von Ihnen vielleicht unruhig; ein wenig mehr Geduld hilft Ihnen "
                "beiden."
            ),
        ),
        "moon_neutral": (
            (
                "Mit dem Mond {moon_in} zieht der Tag in keine bestimmte Richtung – wie die Stimmung zwischen Ihnen "
                "wird, liegt ganz bei Ihnen."
            ),
            "Der Mond {moon_in} bleibt heute im Hintergrund – eine gute Zeit für gemeinsame Alltagsroutinen.",
            (
                "Heute lässt der Mond {moon_in} Ihnen beiden freie Hand, Ihr eigenes Tempo zu finden und sich irgendwo "
                "in der Mitte zu treffen."
            ),
        ),
    },
)
