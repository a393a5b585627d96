"""German phrases for personal horoscopes (see `horoscope_service.phrasebooks.personal`)."""

from horoscope_service.model import Aspect, Body
from horoscope_service.phrasebooks.personal import PersonalBook

PERSONAL = PersonalBook(
    transits={
        # ---- The Moon: mood, needs, the day's feelings (a Moon transit lasts hours) ----
        (Body.MOON, Aspect.CONJUNCTION, Body.SUN): (
            "Heute trifft der Mond auf Ihre Geburtssonne und schenkt Ihnen einen kleinen monatlichen Neuanfang: Gefühl "
            "und Wesen sind im Einklang, also beginnen Sie etwas, das ganz und gar Ihres ist."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.MOON): (
            "Heute ist Ihre monatliche Mondwiederkehr, denn der Mond kehrt an seinen Platz in Ihrem Geburtshoroskop "
            "zurück: Achten Sie darauf, wobei Sie sich geborgen fühlen, und schenken Sie sich genau das."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.MERCURY): (
            "Gefühle finden leicht ihre Worte, während der Mond über Ihren Geburtsmerkur zieht; sprechen Sie also "
            "heute aus, was Ihnen am Herzen liegt, statt es im Kopf immer wieder durchzuspielen."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.VENUS): (
            "Zuneigung fließt ganz von selbst, solange der Mond auf Ihrer Geburtsvenus steht; gehen Sie auf den "
            "Menschen zu, den Sie lieben, oder gönnen Sie sich eine Kleinigkeit, die Ihnen Freude macht."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.MARS): (
            "Wenn sich der Mond mit Ihrem Geburtsmars verbindet, drängt die Stimmung zur Tat: Stecken Sie den Schwung "
            "in einen flotten Spaziergang oder eine zähe Hausarbeit, bevor Gereiztheit daraus wird."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.JUPITER): (
            "Stimmung und Großzügigkeit steigen gemeinsam, wenn der Mond heute Ihren Geburtsjupiter berührt; teilen "
            "Sie gern, aber halten Sie Portionen und Versprechen in einem vernünftigen Rahmen."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.SATURN): (
            "Der Mond zieht über Ihren Geburtssaturn, und für ein paar Stunden werden die Gefühle nüchtern; eine "
            "ruhige, nützliche Aufgabe gibt Ihnen mehr Halt als das Grübeln über Unerledigtes."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.SUN): (
            "Ein Sextil des Mondes zu Ihrer Geburtssonne gibt Ihrem Selbstvertrauen heute etwas Auftrieb – genug, um "
            "offen nach dem zu fragen, was Sie sich wünschen."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.MOON): (
            "Laden Sie jemanden ein oder kochen Sie ein Essen, das nach Zuhause schmeckt: Das Sextil des Mondes zu "
            "Ihrem Geburtsmond öffnet eine sanfte Tür zur Geborgenheit."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.MERCURY): (
            "Der Mond bildet ein Sextil zu Ihrem Geburtsmerkur, und ein herzliches Gespräch wartet nur darauf, geführt "
            "zu werden – vorausgesetzt, Sie greifen selbst zum Telefon."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.VENUS): (
            "Kleine Freundlichkeiten zählen heute doppelt, denn der Mond steht im Sextil zu Ihrer Geburtsvenus; eine "
            "liebe Nachricht oder ein gemeinsamer Kaffee öffnet die Herzen."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.MARS): (
            "Mit dem Mond im Sextil zu Ihrem Geburtsmars haben Sie gerade genug Schneid, um eine liegen gebliebene "
            "Aufgabe wieder aufzunehmen; fangen Sie innerhalb der nächsten Stunde an, dann kommt der Schwung von "
            "selbst."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.JUPITER): (
            "Heute bildet der Mond ein Sextil zu Ihrem Geburtsjupiter und weckt eine hoffnungsvolle Stimmung; sagen "
            "Sie Ja zu der kleinen Einladung, die Ihre Welt ein Stück weiter macht."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.SATURN): (
            "Pflichten wiegen leichter, solange der Mond im Sextil zu Ihrem Geburtssaturn steht; nehmen Sie sich also "
            "die Verantwortung vor, um die Sie sich bisher gedrückt haben, und regeln Sie sie heute in aller Ruhe."
        ),
        (Body.MOON, Aspect.SQUARE, Body.SUN): (
            "Der Mond steht im Quadrat zu Ihrer Geburtssonne, und für ein paar Stunden ziehen Stimmung und Ziele in "
            "verschiedene Richtungen; lassen Sie diese Unruhe einen festgefahrenen Plan voranbringen."
        ),
        (Body.MOON, Aspect.SQUARE, Body.MOON): (
            "Das Quadrat des Mondes zu Ihrem Geburtsmond bringt ein wenig Unruhe ins Gefühlsleben; spüren Sie nach, "
            "was Ihnen zu Hause fehlt, und verbessern Sie heute eine Kleinigkeit."
        ),
        (Body.MOON, Aspect.SQUARE, Body.MERCURY): (
            "Gefühle können Ihre Worte trüben, solange der Mond im Quadrat zu Ihrem Geburtsmerkur steht; lesen Sie "
            "Nachrichten also vor dem Absenden noch einmal durch und fragen Sie nach, statt etwas zu unterstellen."
        ),
        (Body.MOON, Aspect.SQUARE, Body.VENUS): (
            "Unter dem Quadrat des Mondes zu Ihrer Geburtsvenus sehnen Sie sich nach Behaglichkeit und sind versucht, "
            "zu viel Geld auszugeben oder über die Stränge zu schlagen; gönnen Sie sich ein einziges kleines Vergnügen "
            "und genießen Sie es ganz bewusst."
        ),
        (Body.MOON, Aspect.SQUARE, Body.MARS): (
            "Ärger kocht schnell hoch, wenn der Mond im Quadrat zu Ihrem Geburtsmars steht; verwandeln Sie die Hitze "
            "in ein Training, eine Reparatur oder eine klare, aber faire Bitte."
        ),
        (Body.MOON, Aspect.SQUARE, Body.JUPITER): (
            "Heute steht der Mond im Quadrat zu Ihrem Geburtsjupiter und verleitet Sie dazu, mehr zu versprechen, als "
            "Sie halten können; Großzügigkeit ist schön, aber werfen Sie vorher einen Blick in Ihren Kalender."
        ),
        (Body.MOON, Aspect.SQUARE, Body.SATURN): (
            "Eine Pflicht kann schwer wiegen oder eine Sorge laut werden, solange der Mond im Quadrat zu Ihrem "
            "Geburtssaturn steht; packen Sie zuerst das kleinste Stück an, dann wird die Last allmählich leichter."
        ),
        (Body.MOON, Aspect.TRINE, Body.SUN): (
            "Herz und Lebensziel gehen heute im Gleichschritt, denn der Mond steht im Trigon zu Ihrer Geburtssonne; "
            "was Ihnen wichtig ist, kommt fast ohne Mühe voran."
        ),
        (Body.MOON, Aspect.TRINE, Body.MOON): (
            "Der Mond bildet ein Trigon zu Ihrem Geburtsmond und schenkt Ihnen eine sanfte, gelöste Stimmung, in der "
            "Ihr Zuhause der schönste Ort ist; ruhen Sie sich dort ohne schlechtes Gewissen aus."
        ),
        (Body.MOON, Aspect.TRINE, Body.MERCURY): (
            "Freundliche Worte fließen, solange der Mond im Trigon zu Ihrem Geburtsmerkur steht – ein guter Moment, um "
            "zu schreiben, etwas zu erklären oder sich einfach bei jemandem zu melden, den Sie vermissen."
        ),
        (Body.MOON, Aspect.TRINE, Body.VENUS): (
            "Das Trigon des Mondes zu Ihrer Geburtsvenus versüßt den Tag: Zuneigung wird bereitwillig erwidert, und "
            "kleine Freuden wie Musik oder ein gutes Essen fühlen sich genau richtig an."
        ),
        (Body.MOON, Aspect.TRINE, Body.MARS): (
            "Beständige, gut gelaunte Tatkraft stellt sich ein, wenn der Mond im Trigon zu Ihrem Geburtsmars steht – "
            "ideal, um eine Arbeit abzuschließen, die Sie vor Tagen begonnen haben."
        ),
        (Body.MOON, Aspect.TRINE, Body.JUPITER): (
            "Wenn der Mond ein Trigon zu Ihrem Geburtsjupiter bildet, hellt sich Ihr Blick auf die Dinge auf, und eine "
            "zuversichtliche Idee oder eine großzügige Geste bringt Ihnen heute mehr zurück, als Sie erwarten."
        ),
        (Body.MOON, Aspect.TRINE, Body.SATURN): (
            "Disziplin fühlt sich gelassen statt verbissen an, während der Mond im Trigon zu Ihrem Geburtssaturn "
            "steht; ordnen Sie eine Schublade, ein Budget oder einen Plan und genießen Sie das Gefühl, dass alles "
            "seinen Platz hat."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.SUN): (
            "Heute steht der Mond Ihrer Geburtssonne gegenüber und beschert Ihnen einen persönlichen Vollmond: Ein "
            "nahestehender Mensch spiegelt Ihnen vielleicht Ihre Bedürfnisse, also nehmen Sie seine Wünsche ebenso "
            "ernst wie Ihre eigenen."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.MOON): (
            "Ihre Bedürfnisse und die eines anderen Menschen ziehen in verschiedene Richtungen, solange der Mond Ihrem "
            "Geburtsmond gegenübersteht; sprechen Sie Ihre eigenen freundlich an und hören Sie dann wirklich hin, was "
            "der andere braucht."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.MERCURY): (
            "Andere nehmen Ihre Worte womöglich durch den Filter ihrer eigenen Stimmung wahr, solange der Mond in "
            "Opposition zu Ihrem Geburtsmerkur steht; hören Sie sich zuerst die andere Seite an, dann erklären Sie "
            "Ihre."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.VENUS): (
            "Der Mond steht in Opposition zu Ihrer Geburtsvenus und verlangt ein Gleichgewicht zwischen dem, was Sie "
            "in der Liebe geben, und dem, was Sie bekommen; lassen Sie sich heute ein wenig verwöhnen."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.MARS): (
            "Gegenüber Ihrem Geburtsmars lässt der Mond andere aufdringlich wirken – oder Sie selbst wirken so auf "
            "andere; wählen Sie Ihre Kämpfe mit Bedacht und bleiben Sie im Ton ruhig."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.JUPITER): (
            "Die großen Pläne eines anderen zerren vielleicht an Ihren eigenen, während der Mond Ihrem Geburtsjupiter "
            "gegenübersteht; Begeisterung ist ansteckend, also entscheiden Sie, was Ihr Ja wirklich verdient."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.SATURN): (
            "Mit dem Mond in Opposition zu Ihrem Geburtssaturn drücken die Ansprüche anderer auf Ihr Pflichtgefühl; "
            "einigen Sie sich auf eine faire Aufteilung, statt alles allein zu tragen."
        ),

        # ---- The Sun: vitality, attention, will ----
        (Body.SUN, Aspect.CONJUNCTION, Body.SUN): (
            "Die Sonne kehrt zu Ihrer Geburtssonne zurück und läutet Ihre Geburtstagszeit und Ihr persönliches neues "
            "Jahr ein: Feiern Sie, wer Sie sind, und fassen Sie einen klaren Vorsatz für die kommenden zwölf Monate."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.MOON): (
            "Während die Sonne über Ihren Geburtsmond zieht, fällt Licht auf das, was Sie brauchen, um sich sicher zu "
            "fühlen; kümmern Sie sich um Ihr Zuhause und Ihr Herz, dann folgt ein Neuanfang."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.MERCURY): (
            "Ihr Geist ist hellwach und Ihre Stimme trägt, solange die Sonne auf Ihren Geburtsmerkur trifft; stellen "
            "Sie also die Idee vor, werben Sie für Ihren Plan und melden Sie sich zu Wort."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.VENUS): (
            "Die Sonne vereint sich mit Ihrer Geburtsvenus und lässt Ihre Herzlichkeit strahlen – ein wunderbarer "
            "Moment, um eine Romanze zu beginnen oder Ihre bestehende Beziehung neu zu beleben."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.MARS): (
            "Willenskraft und Antrieb verschmelzen, wenn die Sonne auf Ihren Geburtsmars trifft: Beginnen Sie das "
            "Projekt, das Ausdauer verlangt, und gehen Sie voran, statt auf Erlaubnis zu warten."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.JUPITER): (
            "Mit der Sonne auf Ihrem Geburtsjupiter stehen Optimismus und Glück hoch im Kurs; beginnen Sie etwas "
            "Großzügiges, aber lesen Sie trotzdem das Kleingedruckte."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.SATURN): (
            "Die Sonne trifft auf Ihren Geburtssaturn und wirft ein nüchternes Licht auf Ihre Pflichten – ein guter "
            "Zeitpunkt, um sich verbindlich einem langfristigen Ziel zu verschreiben."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.SUN): (
            "Unter dem Sextil der Sonne zu Ihrer Geburtssonne bietet sich eine kleine Gelegenheit, Ihre Talente zu "
            "zeigen, und sie belohnt, wer als Erstes vortritt."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.MOON): (
            "Die Sonne bildet ein Sextil zu Ihrem Geburtsmond und gibt Ihnen die Chance, Ihr Zuhause mit mehr Wärme zu "
            "füllen; laden Sie Familie oder Freunde ein und zeigen Sie sich so, wie Sie wirklich sind."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.MERCURY): (
            "Gute Ideen liegen in Reichweite, solange die Sonne im Sextil zu Ihrem Geburtsmerkur steht; schreiben Sie "
            "sie auf, teilen Sie sie und bleiben Sie dran, solange sie frisch sind."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.VENUS): (
            "Ein freundliches Wort oder ein kleines Geschenk kann in der Liebe eine Tür öffnen, denn die Sonne steht "
            "im Sextil zu Ihrer Geburtsvenus; Sie müssen es nur aussprechen oder überreichen."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.MARS): (
            "Das Sextil der Sonne zu Ihrem Geburtsmars schenkt Ihnen einen kräftigen Energieschub, und wenn Sie ihn "
            "nutzen, lässt sich die Aufgabe, die Sie ständig vor sich herschieben, endlich bezwingen."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.JUPITER): (
            "Bewerben Sie sich, fragen Sie nach oder stellen Sie sich vor: Die Sonne steht im Sextil zu Ihrem "
            "Geburtsjupiter, und diese glückliche Gelegenheit belohnt, wer anklopft."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.SATURN): (
            "Beständige Mühe zahlt sich aus, solange die Sonne im Sextil zu Ihrem Geburtssaturn steht; investieren Sie "
            "also eine Stunde in etwas Dauerhaftes, etwa in Ersparnisse, Fähigkeiten oder eine Routine."
        ),
        (Body.SUN, Aspect.SQUARE, Body.SUN): (
            "Die Sonne steht im Quadrat zu Ihrer Geburtssonne – eine Zwischenbilanz in Ihrem persönlichen Jahr; die "
            "Reibung mit Ihren eigenen Plänen zeigt genau, wo Sie den Kurs ändern sollten."
        ),
        (Body.SUN, Aspect.SQUARE, Body.MOON): (
            "Ansprüche von außen konkurrieren mit Ihrem Bedürfnis nach Geborgenheit, während die Sonne im Quadrat zu "
            "Ihrem Geburtsmond steht; verteidigen Sie etwas ruhige Zeit und kümmern Sie sich dann um das, was wirklich "
            "zählt."
        ),
        (Body.SUN, Aspect.SQUARE, Body.MERCURY): (
            "Vielleicht vertreten Sie eine Meinung nachdrücklicher als nötig, solange die Sonne im Quadrat zu Ihrem "
            "Geburtsmerkur steht; sagen Sie einmal klar, worum es Ihnen geht, und hören Sie dann zu."
        ),
        (Body.SUN, Aspect.SQUARE, Body.VENUS): (
            "Mit der Sonne im Quadrat zu Ihrer Geburtsvenus können Stolz oder kleine Meinungsverschiedenheiten die "
            "Liebe trüben; sprechen Sie das eigentliche Problem an, nicht nur das, was an der Oberfläche liegt."
        ),
        (Body.SUN, Aspect.SQUARE, Body.MARS): (
            "Die Ungeduld ist groß, wenn die Sonne im Quadrat zu Ihrem Geburtsmars steht – ein guter Treibstoff für "
            "harte Arbeit, aber ein schlechter für Streit."
        ),
        (Body.SUN, Aspect.SQUARE, Body.JUPITER): (
            "Die Sonne steht im Quadrat zu Ihrem Geburtsjupiter, und es ist verlockend, sich zu viel aufzuladen; "
            "behalten Sie die Begeisterung, aber stutzen Sie den Plan auf das zurecht, was Sie tatsächlich leisten "
            "können."
        ),
        (Body.SUN, Aspect.SQUARE, Body.SATURN): (
            "Hindernisse und Vorgesetzte stellen Ihren Willen auf die Probe, solange die Sonne im Quadrat zu Ihrem "
            "Geburtssaturn steht; stille Beharrlichkeit bringt Sie weiter als eine offene Kraftprobe."
        ),
        (Body.SUN, Aspect.TRINE, Body.SUN): (
            "Die Sonne bildet ein Trigon zu Ihrer Geburtssonne: Sie sind ganz bei sich, und andere merken es; die "
            "Dinge laufen in Ihrem Sinne, wenn Sie aus Ihren natürlichen Stärken heraus handeln."
        ),
        (Body.SUN, Aspect.TRINE, Body.MOON): (
            "Kopf und Herz sind sich einig, während die Sonne ein Trigon zu Ihrem Geburtsmond bildet; das "
            "Familienleben wird leichter, und Sie fühlen sich einfach wohl in Ihrer Haut."
        ),
        (Body.SUN, Aspect.TRINE, Body.MERCURY): (
            "Klarheit und Selbstvertrauen prägen Ihre Worte, wenn die Sonne im Trigon zu Ihrem Geburtsmerkur steht; "
            "Verhandlungen, Schreiben und Lernen gelingen daher ohne Anstrengung."
        ),
        (Body.SUN, Aspect.TRINE, Body.VENUS): (
            "Charme stellt sich mühelos ein, solange die Sonne im Trigon zu Ihrer Geburtsvenus steht, und andere sind "
            "gern in Ihrer Gesellschaft; schaffen Sie Raum für Freunde, Musik und ein wenig Schönheit."
        ),
        (Body.SUN, Aspect.TRINE, Body.MARS): (
            "Mit der Sonne im Trigon zu Ihrem Geburtsmars ziehen Energie und Zielstrebigkeit an einem Strang, und "
            "Sport, Projekte und mutige Schritte gelingen reibungslos."
        ),
        (Body.SUN, Aspect.TRINE, Body.JUPITER): (
            "Die Sonne steht im Trigon zu Ihrem Geburtsjupiter, und eine großzügige Glückssträhne trägt Sie; teilen "
            "Sie Ihr Glück und sagen Sie Ja zu etwas, das Sie über sich hinauswachsen lässt."
        ),
        (Body.SUN, Aspect.TRINE, Body.SATURN): (
            "Ihre Bemühungen finden festen Boden, wenn die Sonne ein Trigon zu Ihrem Geburtssaturn bildet – eine gute "
            "Zeit, um zu planen, zu organisieren und sich stillen Respekt zu verdienen."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.SUN): (
            "Die Sonne steht Ihrer Geburtssonne gegenüber, und Ihr persönliches Jahr erreicht seine Halbzeit; die "
            "Menschen um Sie herum spiegeln, wer Sie geworden sind, also schauen Sie ehrlich hin."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.MOON): (
            "Was die Welt von Ihnen verlangt und was Sie zu Hause brauchen, driftet auseinander, solange die Sonne in "
            "Opposition zu Ihrem Geburtsmond steht; bringen Sie beides ins Gleichgewicht, statt eines davon zu opfern."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.MERCURY): (
            "Die Sonne steht in Opposition zu Ihrem Geburtsmerkur und stellt Ihre Ideen denen anderer gegenüber; eine "
            "gute Debatte schärft Ihr Denken, wenn Sie neugierig bleiben."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.VENUS): (
            "Jemand hält Ihren Wünschen vielleicht einen Spiegel vor, während die Sonne Ihrer Geburtsvenus "
            "gegenübersteht; achten Sie darauf, wer Sie anzieht – und warum."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.MARS): (
            "Andere stellen sich Ihren Plänen womöglich entgegen, solange die Sonne in Opposition zu Ihrem Geburtsmars "
            "steht; bleiben Sie standhaft, aber drücken Sie nicht stärker, als der Moment es verlangt."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.JUPITER): (
            "Mit der Sonne in Opposition zu Ihrem Geburtsjupiter können die Versprechen auf beiden Seiten eines "
            "Geschäfts anschwellen; genießen Sie den Optimismus und einigen Sie sich auf realistische Bedingungen."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.SATURN): (
            "Die Sonne steht Ihrem Geburtssaturn gegenüber, und jemand pocht vielleicht auf eine Pflicht oder eine "
            "Grenze; begegnen Sie dieser Person fair und halten Sie Ihre Verpflichtungen im Gleichgewicht."
        ),

        # ---- Mercury: talk, plans, messages, travel ----
        (Body.MERCURY, Aspect.CONJUNCTION, Body.SUN): (
            "Merkur trifft auf Ihre Geburtssonne und rückt Ihre Ideen und Ihre Persönlichkeit ins selbe Rampenlicht; "
            "sagen Sie deutlich, was Sie wollen, und planen Sie den nächsten Schritt."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.MOON): (
            "Gefühle wollen in Worte gefasst werden, solange Merkur über Ihren Geburtsmond zieht; sprechen Sie also "
            "mit der Familie, schreiben Sie auf, was Ihnen auf dem Herzen liegt, oder planen Sie eine kleine "
            "Veränderung zu Hause."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.MERCURY): (
            "Merkur kehrt an seinen Platz in Ihrem Geburtshoroskop zurück, und Ihr Denken startet neu; beginnen Sie "
            "einen Kurs, ein Tagebuch oder eine neue Art, Ihre Tage zu organisieren."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.VENUS): (
            "Liebevolle Worte kommen wie von selbst, wenn sich Merkur mit Ihrer Geburtsvenus verbindet: Schreiben Sie "
            "den Liebesbrief, machen Sie einem Freund oder einer Freundin ein Kompliment oder handeln Sie einen fairen "
            "Preis aus."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.MARS): (
            "Merkur trifft auf Ihren Geburtsmars, schärft Ihre Zunge und beschleunigt Entscheidungen; sprechen Sie mit "
            "Überzeugung und richten Sie die Schärfe gegen Probleme, nicht gegen Menschen."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.JUPITER): (
            "Große Pläne und gute Nachrichten füllen Ihren Kopf, solange Merkur auf Ihrem Geburtsjupiter steht; denken "
            "Sie in großen Zusammenhängen und prüfen Sie dann die Details, bevor Sie unterschreiben."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.SATURN): (
            "Merkur zieht über Ihren Geburtssaturn, und Ihre Gedanken werden praktisch – eine gute Zeit für Verträge, "
            "Budgets und schwierige Gespräche, die Sie in aller Ruhe führen."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.SUN): (
            "Ein einziges nützliches Gespräch kann Ihre Ziele voranbringen, jetzt, da Merkur im Sextil zu Ihrer "
            "Geburtssonne steht; schicken Sie also den Vorschlag ab oder greifen Sie selbst zum Hörer."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.MOON): (
            "Merkur bildet ein Sextil zu Ihrem Geburtsmond und öffnet Ihnen einen sanften Zugang, um über Gefühle zu "
            "sprechen; beginnen Sie zu Hause das Gespräch, das Sie sich bisher aufgespart haben."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.MERCURY): (
            "Ideen verknüpfen sich mühelos, solange Merkur ein Sextil zu seiner eigenen Position in Ihrem Horoskop "
            "bildet; nutzen Sie die Gelegenheit, etwas zu lernen, sich auszutauschen oder einen kurzen Ausflug zu "
            "planen."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.VENUS): (
            "Eine freundliche Nachricht könnte eine Romanze entfachen oder eine Geldfrage glätten, denn Merkur steht "
            "im Sextil zu Ihrer Geburtsvenus; der Charme ist da, wenn Sie ihn einsetzen."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.MARS): (
            "Schnelles Denken trifft auf schnelles Handeln, wenn Merkur ein Sextil zu Ihrem Geburtsmars bildet; "
            "entwerfen Sie also den Plan und legen Sie los, bevor die Idee abkühlt."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.JUPITER): (
            "Merkur steht im Sextil zu Ihrem Geburtsjupiter, und gute Nachrichten können über Studium, Reisen oder "
            "eine geschickt gestellte Frage eintreffen – stellen Sie sie also ruhig."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.SATURN): (
            "Setzen Sie sich mit einem Kalender hin und machen Sie aus einem vagen Vorsatz konkrete Schritte: Merkurs "
            "Sextil zu Ihrem Geburtssaturn belohnt sorgfältige Planung."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.SUN): (
            "Merkur steht im Quadrat zu Ihrer Geburtssonne, sodass Ihre Worte und Ihre Absichten vielleicht nicht "
            "zusammenpassen; stellen Sie klar, was Sie meinen, bevor andere es für Sie entscheiden."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.MOON): (
            "Stimmungen färben Gespräche, solange Merkur im Quadrat zu Ihrem Geburtsmond steht; wird es zu Hause "
            "angespannt, sagen Sie, wie es Ihnen geht, statt aufzuzählen, was der andere getan hat."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.MERCURY): (
            "Pläne und Nachrichten verheddern sich, wenn Merkur im Quadrat zu seiner eigenen Geburtsposition steht; "
            "prüfen Sie Uhrzeiten und Adressen doppelt und lassen Sie sich von der Reibung zu einem klareren Plan "
            "zwingen."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.VENUS): (
            "Mit Merkur im Quadrat zu Ihrer Geburtsvenus kann ein Gespräch über Liebe oder Geldausgaben schiefgehen; "
            "wählen Sie Ihre Worte freundlich und sagen Sie genau, was Sie möchten."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.MARS): (
            "Streit flammt schnell auf, solange Merkur im Quadrat zu Ihrem Geburtsmars steht; untermauern Sie Ihren "
            "Standpunkt mit Fakten und treten Sie dann einen Schritt zurück, bevor ein Kräftemessen daraus wird."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.JUPITER): (
            "Merkur steht im Quadrat zu Ihrem Geburtsjupiter, und große Ideen eilen den Details davon; versprechen Sie "
            "etwas weniger, lesen Sie das Kleingedruckte, dann halten Ihre Pläne."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.SATURN): (
            "Zweifel und Verzögerungen können Ihre Pläne unter Merkurs Quadrat zu Ihrem Geburtssaturn bremsen; "
            "arbeiten Sie sich Schritt für Schritt durch das Hindernis, statt aufzugeben."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.SUN): (
            "Merkur bildet ein Trigon zu Ihrer Geburtssonne und macht es Ihnen leicht, sich auszudrücken; präsentieren "
            "Sie Ihre Arbeit oder Ihren Plan, und man wird Ihren Gedanken folgen."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.MOON): (
            "Gespräche von Herz zu Herz ergeben sich ganz natürlich, wenn Merkur im Trigon zu Ihrem Geburtsmond steht, "
            "denn Gefühle und Worte fließen zu Hause und mit alten Freunden im Einklang."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.MERCURY): (
            "Ihr Verstand arbeitet auf Hochtouren, solange Merkur ein Trigon zu seiner Position im Geburtshoroskop "
            "bildet; lernen Sie, schreiben Sie, reisen Sie oder lösen Sie das Rätsel, an dem Sie sich bisher die Zähne "
            "ausgebissen haben."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.VENUS): (
            "Merkurs Trigon zu Ihrer Geburtsvenus macht Sie überzeugend und liebenswürdig – eine schöne Zeit, um "
            "jemanden zu umwerben, Dankeskarten zu schreiben und freundschaftliche Vereinbarungen zu treffen."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.MARS): (
            "Mit Merkur im Trigon zu Ihrem Geburtsmars denken Sie schnell und entschlossen; packen Sie das Problem "
            "direkt an, dann findet sich die Lösung fast von allein."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.JUPITER): (
            "Planen Sie eine Reise, stellen Sie eine große Idee vor oder lernen Sie etwas, das Ihren Horizont "
            "erweitert: Merkur steht im Trigon zu Ihrem Geburtsjupiter, und gute Ideen bringen gute Nachrichten."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.SATURN): (
            "Merkur bildet ein Trigon zu Ihrem Geburtssaturn und verleiht Ihren Plänen Geduld und Konzentration; "
            "Detailarbeit, Verträge und langfristiges Denken gelingen deshalb gut."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.SUN): (
            "Andere stellen Ihre Pläne vielleicht infrage, solange Merkur Ihrer Geburtssonne gegenübersteht; hören Sie "
            "sich ihre Sicht an, dann erfahren Sie, was Sie besser erklären müssen."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.MOON): (
            "Die Worte eines anderen treffen womöglich einen wunden Punkt, solange Merkur in Opposition zu Ihrem "
            "Geburtsmond steht; antworten Sie erst, wenn Sie sich beruhigt haben, und halten Sie Logik und Gefühl im "
            "Gleichgewicht."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.MERCURY): (
            "Merkur steht seiner eigenen Position im Geburtshoroskop gegenüber, und Ihre Ideen treffen bei einem "
            "anderen Menschen auf ihr Gegenstück; die Debatte bringt Klarheit, wenn Sie beide weiter zuhören."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.VENUS): (
            "Ein Gespräch über Liebe oder Geld hat zwei Seiten, während Merkur in Opposition zu Ihrer Geburtsvenus "
            "steht; suchen Sie den Mittelweg, auf dem sich beide wertgeschätzt fühlen."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.MARS): (
            "Merkur steht Ihrem Geburtsmars gegenüber, und Diskussionen können hitzig werden; streiten Sie über die "
            "Sache, nicht über die Person, und erkennen Sie, wann es Zeit ist, es gut sein zu lassen."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.JUPITER): (
            "Details und das große Ganze ziehen gegeneinander, solange Merkur in Opposition zu Ihrem Geburtsjupiter "
            "steht; wägen Sie beides ab, bevor Sie einer großen Sache zustimmen."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.SATURN): (
            "Merkur steht in Opposition zu Ihrem Geburtssaturn, und eine vorsichtige Stimme zieht Ihre Ideen womöglich "
            "in Zweifel; antworten Sie mit Fakten, nehmen Sie die berechtigten Einwände an und lassen Sie den Rest "
            "los."
        ),

        # ---- Venus: affection, pleasure, money, harmony ----
        (Body.VENUS, Aspect.CONJUNCTION, Body.SUN): (
            "Venus trifft auf Ihre Geburtssonne, und wohin Sie auch gehen, werden Sie herzlich empfangen; beginnen Sie "
            "etwas, das Sie lieben, machen Sie sich ein wenig schick und genießen Sie die Wertschätzung anderer."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.MOON): (
            "Venus zieht über Ihren Geburtsmond und bringt Zärtlichkeit in Ihr Zuhause: Verschönern Sie Ihre Räume, "
            "essen Sie gemeinsam mit Ihren Lieben und lassen Sie sich umsorgen."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.MERCURY): (
            "Ihre Worte gewinnen an Charme, wenn sich Venus mit Ihrem Geburtsmerkur verbindet; schreiben, flirten oder "
            "verhandeln Sie also, denn freundliche Worte zahlen sich aus."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.VENUS): (
            "Venus kehrt an ihren Platz in Ihrem Geburtshoroskop zurück und erneuert, was Sie lieben und schätzen; "
            "fragen Sie sich, was Ihnen wirklich Freude macht, und beginnen Sie, darin zu investieren."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.MARS): (
            "Begehren und Zuneigung verschmelzen, während Venus auf Ihren Geburtsmars trifft, und Romantik wie "
            "kreative Leidenschaft sprühen Funken; folgen Sie also der Anziehung."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.JUPITER): (
            "Venus vereint sich mit Ihrem Geburtsjupiter – eine der süßesten Begegnungen für Liebe und Geld; genießen "
            "Sie die Großzügigkeit um Sie herum und behalten Sie Ihre Ausgaben im Auge."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.SATURN): (
            "Verbindlichkeit rückt in den Vordergrund, wenn Venus über Ihren Geburtssaturn zieht; ein ernstes Gespräch "
            "über Liebe oder Geld kann den Grundstein für etwas Dauerhaftes legen."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.SUN): (
            "Angenehme Gesellschaft ist nicht weit, solange Venus im Sextil zu Ihrer Geburtssonne steht; nehmen Sie "
            "die Einladung an – oder besser noch, sprechen Sie selbst eine aus."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.MOON): (
            "Machen Sie es sich zu Hause ein wenig gemütlicher, solange Venus im Sextil zu Ihrem Geburtsmond steht: "
            "Laden Sie einen lieben Menschen ein oder gönnen Sie sich eine kleine Annehmlichkeit wie frische Blumen "
            "oder sanftes Licht."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.MERCURY): (
            "Venus bildet ein Sextil zu Ihrem Geburtsmerkur, und freundliche Worte fallen Ihnen leicht; verschicken "
            "Sie das Kompliment oder den Dankesgruß, und Wohlwollen fließt zu Ihnen zurück."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.VENUS): (
            "Venus bildet ein Sextil zu ihrer eigenen Position im Geburtshoroskop und bietet eine kleine Gelegenheit, "
            "zu genießen, was Ihnen wertvoll ist; planen Sie eine Verabredung, besuchen Sie eine Galerie oder kaufen "
            "Sie eine Sache, die Ihnen wirklich etwas bedeutet."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.MARS): (
            "Ein romantischer oder kreativer Funke wartet darauf, von Ihnen aufgefangen zu werden, solange Venus im "
            "Sextil zu Ihrem Geburtsmars steht – doch nur, wenn Sie den ersten Schritt machen."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.JUPITER): (
            "Venus steht im Sextil zu Ihrem Geburtsjupiter und verheißt einen Glücksfall in Liebe oder Geld; sagen Sie "
            "Ja zu dem Angebot, nachdem Sie die Bedingungen gelesen haben."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.SATURN): (
            "Treue, die sich in praktischen Dingen zeigt, zahlt sich aus, solange Venus ein Sextil zu Ihrem "
            "Geburtssaturn bildet; legen Sie also etwas Geld zurück oder halten Sie ein Versprechen, das Sie einem "
            "lieben Menschen gegeben haben."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.SUN): (
            "Venus steht im Quadrat zu Ihrer Geburtssonne, und der Wunsch, gemocht zu werden, kann mit dem Anspruch "
            "kollidieren, sich selbst treu zu bleiben; entscheiden Sie sich für Ehrlichkeit – freundlich "
            "ausgesprochen."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.MOON): (
            "Seelische Bedürfnisse und Genuss driften unter dem Quadrat der Venus zu Ihrem Geburtsmond auseinander; "
            "Frustkäufe lösen das nicht, ein offenes, behutsames Gespräch dagegen schon."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.MERCURY): (
            "Mit Venus im Quadrat zu Ihrem Geburtsmerkur verbergen höfliche Worte womöglich echte Gefühle; sagen Sie "
            "taktvoll, was Sie meinen, und verzichten Sie auf Spontankäufe."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.VENUS): (
            "Was Ihnen wichtig ist, scheint nicht recht zu dem zu passen, was Sie haben, solange Venus im Quadrat zu "
            "ihrer eigenen Geburtsposition steht; überdenken Sie eine Gewohnheit in der Liebe oder beim Geldausgeben."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.MARS): (
            "Venus steht im Quadrat zu Ihrem Geburtsmars und weckt Begehren und Reibung zugleich; ein Liebesstreit "
            "kann die Luft reinigen, solange Sie beide fair streiten."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.JUPITER): (
            "Zu viel des Guten ist verlockend, solange Venus im Quadrat zu Ihrem Geburtsjupiter steht; gönnen Sie sich "
            "etwas, aber legen Sie ein Budget fest, bevor der Spaß beginnt."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.SATURN): (
            "Liebe oder Finanzen fühlen sich vielleicht eingeengt an, während Venus im Quadrat zu Ihrem Geburtssaturn "
            "steht, und dieser Druck ist ein nützlicher Anstoß, in Ordnung zu bringen, was nicht funktioniert."
        ),
        (Body.VENUS, Aspect.TRINE, Body.SUN): (
            "Venus bildet ein Trigon zu Ihrer Geburtssonne: Man kann Sie jetzt leicht lieben und Ihnen leicht eine "
            "Freude machen; genießen Sie die Aufmerksamkeit und verschenken Sie Ihre Wärme großzügig."
        ),
        (Body.VENUS, Aspect.TRINE, Body.MOON): (
            "Harmonie legt sich über Heim und Herz, wenn Venus im Trigon zu Ihrem Geburtsmond steht; verbringen Sie "
            "Zeit mit den Menschen, bei denen Sie sich geborgen fühlen."
        ),
        (Body.VENUS, Aspect.TRINE, Body.MERCURY): (
            "Charmante Worte kommen Ihnen ohne Mühe über die Lippen, solange Venus ein Trigon zu Ihrem Geburtsmerkur "
            "bildet; verhandeln Sie, schreiben Sie oder sprechen Sie von Liebe, denn andere hören Ihnen gern zu."
        ),
        (Body.VENUS, Aspect.TRINE, Body.VENUS): (
            "Venus steht im Trigon zu ihrer eigenen Position im Geburtshoroskop, und eine süße, leichte Strömung trägt "
            "Liebe und Genuss; entspannen Sie sich in guter Gesellschaft und geben Sie Geld für das aus, was Ihnen "
            "wirklich etwas wert ist."
        ),
        (Body.VENUS, Aspect.TRINE, Body.MARS): (
            "Leidenschaft und Zuneigung fließen ineinander, solange Venus im Trigon zu Ihrem Geburtsmars steht, und "
            "Romantik, Kunst und Spiel blühen auf."
        ),
        (Body.VENUS, Aspect.TRINE, Body.JUPITER): (
            "Freundlichkeit kommt mit Zinsen zurück, solange Venus ein Trigon zu Ihrem Geburtsjupiter bildet, denn "
            "diese Verbindung gehört zu den glücklichsten für Liebe und Geld; seien Sie also großzügig."
        ),
        (Body.VENUS, Aspect.TRINE, Body.SATURN): (
            "Venus steht im Trigon zu Ihrem Geburtssaturn und festigt Beziehungen und Finanzen; jetzt ist eine gute "
            "Zeit für ein dauerhaftes Versprechen oder eine vernünftige Investition."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.SUN): (
            "Venus steht in Opposition zu Ihrer Geburtssonne, und Ihr Gegenüber in Liebe oder Freundschaft hält Ihnen "
            "vielleicht einen Spiegel Ihrer Wünsche vor; kommen Sie einander auf halbem Weg entgegen und lassen Sie "
            "Zuneigung den Stolz mildern."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.MOON): (
            "Was Sie brauchen und was ein anderer Mensch begehrt, strebt auseinander, solange Venus in Opposition zu "
            "Ihrem Geburtsmond steht; suchen Sie nach etwas Wohltuendem, das Sie beide teilen können."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.MERCURY): (
            "Gespräche über Liebe oder Geld haben zwei Seiten, wenn Venus Ihrem Geburtsmerkur gegenübersteht; hören "
            "Sie genau hin, was der anderen Person wirklich wichtig ist."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.VENUS): (
            "Beziehungen werden zum Spiegel, wenn Venus ihrer eigenen Position im Geburtshoroskop gegenübersteht: Was "
            "Sie bei anderen suchen, zeigt, was Sie selbst zu geben bereit sind."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.MARS): (
            "Anziehung und Spannung wachsen gemeinsam, solange Venus in Opposition zu Ihrem Geburtsmars steht; halten "
            "Sie Begehren und Geben im Gleichgewicht, dann bleibt der Funke süß."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.JUPITER): (
            "Venus steht in Opposition zu Ihrem Geburtsjupiter, und andere verleiten Sie vielleicht zu großen Gesten "
            "und Maßlosigkeit; genießen Sie es, aber lassen Sie Ihre Großzügigkeit nicht mit Ihnen durchgehen."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.SATURN): (
            "Die Liebe verlangt vielleicht Geduld, oder die Pflicht verdrängt das Vergnügen, solange Venus Ihrem "
            "Geburtssaturn gegenübersteht; wägen Sie beides ab und entscheiden Sie, was Ihre Zeit verdient."
        ),

        # ---- Mars: drive, anger, courage, action ----
        (Body.MARS, Aspect.CONJUNCTION, Body.SUN): (
            "Mars trifft auf Ihre Geburtssonne und lädt Willen und Lebenskraft auf; starten Sie etwas Mutiges und "
            "stecken Sie die zusätzliche Hitze in Taten statt in Streit."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.MOON): (
            "Starke Gefühle regen sich zu Hause, wenn Mars über Ihren Geburtsmond zieht; reparieren Sie etwas, putzen "
            "Sie gründlich oder stellen Sie Möbel um, und halten Sie hitzige Worte aus Familiengesprächen heraus."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.MERCURY): (
            "Ihr Verstand ist flink und Ihre Worte sind scharf, solange Mars auf Ihrem Geburtsmerkur steht; "
            "argumentieren Sie mit Überzeugung, aber führen Sie nur die Auseinandersetzungen, die es wert sind."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.VENUS): (
            "Mars trifft auf Ihre Geburtsvenus und entfacht Leidenschaft; wagen Sie einen kühnen romantischen Schritt "
            "oder stecken Sie die Energie in etwas, das Sie mit den eigenen Händen erschaffen."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.MARS): (
            "Mars kehrt an seinen Platz in Ihrem Geburtshoroskop zurück und eröffnet einen neuen, zweijährigen Zyklus "
            "des Tatendrangs; entscheiden Sie, wohin Sie Ihren Mut lenken wollen, und legen Sie los."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.JUPITER): (
            "Mars verbindet sich mit Ihrem Geburtsjupiter und verleiht Ihrem Ehrgeiz zusätzlichen Schub; wagen Sie "
            "einen beherzten Schritt in Richtung Wachstum, aber halten Sie übermäßiges Selbstvertrauen im Zaum."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.SATURN): (
            "Antrieb trifft auf Disziplin, wenn Mars über Ihren Geburtssaturn zieht; Frust ist wahrscheinlich, doch "
            "mit geduldiger, stetiger Mühe überwinden Sie die Mauer."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.SUN): (
            "Ein Sextil von Mars zu Ihrer Geburtssonne öffnet Ihnen ein Zeitfenster für selbstbewusstes Handeln; "
            "nutzen Sie es und nehmen Sie ein Ziel in Angriff, das Sie immer wieder verschieben."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.MOON): (
            "Energie für Verschönerungen zu Hause und ehrliche Gespräche in der Familie stellt sich ein, wenn Mars ein "
            "Sextil zu Ihrem Geburtsmond bildet; beginnen Sie ein praktisches Projekt, solange die Motivation anhält."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.MERCURY): (
            "Mars bildet ein Sextil zu Ihrem Geburtsmerkur und schärft Ihr Denken: Treffen Sie die Entscheidung, "
            "schicken Sie das Angebot ab und bringen Sie Ihre Pläne voran."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.VENUS): (
            "Romantik und Vergnügen belohnen Eigeninitiative, solange Mars im Sextil zu Ihrer Geburtsvenus steht; "
            "planen Sie also eine Verabredung oder einen Ausflug und sorgen Sie dafür, dass daraus etwas wird."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.MARS): (
            "Mars steht im Sextil zu seiner eigenen Position im Geburtshoroskop und schenkt Ihnen beständige "
            "Extraenergie; stecken Sie sie in Sport, ein Projekt oder die überfällige Aufgabe auf Ihrer Liste."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.JUPITER): (
            "Stellen Sie die Idee vor, melden Sie sich an oder wagen Sie den Sprung: Mars steht im Sextil zu Ihrem "
            "Geburtsjupiter, und aus mutigem Handeln kann etwas Lohnendes erwachsen."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.SATURN): (
            "Harte Arbeit zahlt sich aus, wenn Mars ein Sextil zu Ihrem Geburtssaturn bildet; stecken Sie Ihre Energie "
            "in langfristige Strukturen und sehen Sie zu, wie sie halten."
        ),
        (Body.MARS, Aspect.SQUARE, Body.SUN): (
            "Mars steht im Quadrat zu Ihrer Geburtssonne, und Willenskämpfe sind möglich; nutzen Sie den Druck, um ein "
            "Hindernis zu überwinden, statt Menschen vor sich herzuschieben."
        ),
        (Body.MARS, Aspect.SQUARE, Body.MOON): (
            "Reizbarkeit kann sich zu Hause bemerkbar machen, solange Mars im Quadrat zu Ihrem Geburtsmond steht; "
            "sprechen Sie früh an, was Sie stört, bevor es überkochen kann."
        ),
        (Body.MARS, Aspect.SQUARE, Body.MERCURY): (
            "Worte können scharf und Entscheidungen überstürzt ausfallen, wenn Mars im Quadrat zu Ihrem Geburtsmerkur "
            "steht; zählen Sie bis zehn und sagen Sie dann schlicht, was gesagt werden muss."
        ),
        (Body.MARS, Aspect.SQUARE, Body.VENUS): (
            "Mars steht im Quadrat zu Ihrer Geburtsvenus und erzeugt Reibung zwischen Begehren und Harmonie; eine "
            "Meinungsverschiedenheit in der Liebe kann zu mehr Ehrlichkeit führen, wenn Sie fair bleiben."
        ),
        (Body.MARS, Aspect.SQUARE, Body.MARS): (
            "Mars steht im Quadrat zu seiner Geburtsposition – eine Zwischenstation in Ihrem zweijährigen Zyklus des "
            "Tatendrangs; Frust zeigt, wo Ihr gewohntes Vorgehen nicht mehr funktioniert."
        ),
        (Body.MARS, Aspect.SQUARE, Body.JUPITER): (
            "Sich zu viel vorzunehmen ist verlockend, solange Mars im Quadrat zu Ihrem Geburtsjupiter steht; Ehrgeiz "
            "ist willkommen, aber gehen Sie es in Ihrem eigenen Tempo an und prüfen Sie die Risiken."
        ),
        (Body.MARS, Aspect.SQUARE, Body.SATURN): (
            "Anstrengung stößt auf Widerstand, solange Mars im Quadrat zu Ihrem Geburtssaturn steht; erzwingen Sie "
            "also nichts und umgehen Sie das Hindernis mit Geduld."
        ),
        (Body.MARS, Aspect.TRINE, Body.SUN): (
            "Mars bildet ein Trigon zu Ihrer Geburtssonne, und Lebenskraft und Selbstvertrauen stehen reichlich zur "
            "Verfügung; übernehmen Sie die Führung, starten Sie das Projekt und genießen Sie den Schwung."
        ),
        (Body.MARS, Aspect.TRINE, Body.MOON): (
            "Gefühle verwandeln sich in hilfreiches Tun, wenn Mars im Trigon zu Ihrem Geburtsmond steht: Kochen, "
            "werkeln oder putzen Sie zu Hause und genießen Sie die Zufriedenheit danach."
        ),
        (Body.MARS, Aspect.TRINE, Body.MERCURY): (
            "Mit Mars im Trigon zu Ihrem Geburtsmerkur ist Ihr Denken zielsicher, und Ihre Worte überzeugen; "
            "diskutieren, präsentieren oder schreiben Sie also mit Selbstvertrauen."
        ),
        (Body.MARS, Aspect.TRINE, Body.VENUS): (
            "Mars steht im Trigon zu Ihrer Geburtsvenus und verbindet Leidenschaft und Zärtlichkeit ganz mühelos; "
            "Romantik, kreative Arbeit und geselliges Leben gedeihen."
        ),
        (Body.MARS, Aspect.TRINE, Body.MARS): (
            "Ihre Energie fließt frei, solange Mars ein Trigon zu seiner eigenen Geburtsposition bildet – eine "
            "großartige Zeit für Sport, harte Arbeit und jeden mutigen Anfang."
        ),
        (Body.MARS, Aspect.TRINE, Body.JUPITER): (
            "Unter dem Trigon des Mars zu Ihrem Geburtsjupiter arbeiten Mut und Glück zusammen; wagen Sie ein "
            "kalkuliertes Risiko, denn das Schicksal ist Ihrer Initiative gewogen."
        ),
        (Body.MARS, Aspect.TRINE, Body.SATURN): (
            "Mars bildet ein Trigon zu Ihrem Geburtssaturn und bringt disziplinierte Energie; stetiger, konzentrierter "
            "Einsatz schafft etwas, das Bestand hat."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.SUN): (
            "Mars steht Ihrer Geburtssonne gegenüber, und jemand fordert Sie womöglich direkt heraus; behaupten Sie "
            "sich ruhig und suchen Sie eher den Ausgleich als den Sieg."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.MOON): (
            "Das Verhalten anderer wühlt Sie womöglich auf, solange Mars in Opposition zu Ihrem Geburtsmond steht; "
            "reagieren Sie aus der Ruhe heraus, nicht aus der Kränkung, und erklären Sie Ihr Zuhause zur streitfreien "
            "Zone."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.MERCURY): (
            "Debatten können sich aufheizen, solange Mars in Opposition zu Ihrem Geburtsmerkur steht; hören Sie die "
            "Gegenseite vollständig an, bevor Sie antworten."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.VENUS): (
            "Anziehung und Konflikt entzünden sich gemeinsam, wenn Mars Ihrer Geburtsvenus gegenübersteht; bringen Sie "
            "Leidenschaft und Geduld ins Gleichgewicht, dann kann die Spannung Sie beide einander näherbringen."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.MARS): (
            "Mars steht seiner eigenen Geburtsposition gegenüber und markiert die Mitte Ihres Marszyklus; der Ehrgeiz "
            "anderer stellt Ihren eigenen auf die Probe, also passen Sie sich an, statt zu kämpfen."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.JUPITER): (
            "Das Drängen eines anderen verleitet Sie womöglich dazu, sich zu übernehmen, solange Mars in Opposition zu "
            "Ihrem Geburtsjupiter steht; halten Sie inne, wägen Sie den Preis ab und handeln Sie nach dem, was "
            "realistisch ist."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.SATURN): (
            "Dringlichkeit und Vorsicht ziehen in entgegengesetzte Richtungen, wenn Mars Ihrem Geburtssaturn "
            "gegenübersteht; lassen Sie sich von der Spannung zeigen, welche Regel Sie beugen und welche Sie einhalten "
            "sollten."
        ),

        # ---- Jupiter: growth, luck, generosity, excess ----
        (Body.JUPITER, Aspect.CONJUNCTION, Body.SUN): (
            "Jupiter trifft auf Ihre Geburtssonne und schlägt ein großzügiges neues Kapitel voller Wachstum und "
            "Zuversicht auf; träumen Sie groß und lassen Sie Ihr Licht weiter strahlen als je zuvor."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.MOON): (
            "Ihr Gefühl von Heimat und Zugehörigkeit wächst, während Jupiter über Ihren Geburtsmond zieht; pflegen Sie "
            "familiäre Bande und schaffen Sie vielleicht auch in Ihren vier Wänden mehr Platz."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.MERCURY): (
            "Mit Jupiter auf Ihrem Geburtsmerkur öffnet sich Ihr Geist für große Ideen; lernen, veröffentlichen, "
            "reisen oder lehren Sie, und Ihre Stimme wird weiter reichen als sonst."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.VENUS): (
            "Jupiter trifft auf Ihre Geburtsvenus und beschert Ihnen eine reiche Zeit für Liebe und Geld; genießen Sie "
            "die Fülle und denken Sie daran, dass mehr nicht immer besser ist."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.MARS): (
            "Jupiter verbindet sich mit Ihrem Geburtsmars und beflügelt Mut und Ehrgeiz; starten Sie ein kühnes "
            "Vorhaben, aber binden Sie Ihre Begeisterung an einen Plan."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.JUPITER): (
            "Jupiter kehrt an seinen Platz in Ihrem Geburtshoroskop zurück – Ihre Jupiterwiederkehr nach zwölf Jahren; "
            "ein neuer Wachstumszyklus beginnt, also wählen Sie, in welchem Bereich Sie wachsen wollen."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.SATURN): (
            "Hoffnung trifft auf Verantwortung, wenn Jupiter über Ihren Geburtssaturn zieht, und die Strukturen, die "
            "Sie aufgebaut haben, können wachsen; bauen Sie sie klug aus, Stockwerk für Stockwerk."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.SUN): (
            "Anerkennung ist zum Greifen nah, während Jupiter im Sextil zu Ihrer Geburtssonne steht, doch die Tür "
            "öffnet sich nur für ein klares, selbstbewusstes Angebot – unterbreiten Sie also Ihres."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.MOON): (
            "Jupiter bildet ein Sextil zu Ihrem Geburtsmond und bringt mehr Wärme in Ihr Zuhause; versammeln Sie Gäste "
            "um sich, knüpfen Sie wieder an die Familie an oder machen Sie Platz für einen neuen Menschen."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.MERCURY): (
            "Gelegenheiten, zu lernen und Ideen zu teilen, vervielfachen sich, solange Jupiter im Sextil zu Ihrem "
            "Geburtsmerkur steht; melden Sie sich an, ergreifen Sie das Wort oder planen Sie die Reise, von der Sie "
            "ständig sprechen."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.VENUS): (
            "Sagen Sie Ja zu neuen Menschen und neuen Erfahrungen: Jupiter steht im Sextil zu Ihrer Geburtsvenus, und "
            "wer sich umschaut, entdeckt Chancen für Liebe und Genuss."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.MARS): (
            "Jupiter bildet ein Sextil zu Ihrem Geburtsmars und öffnet ein Fenster für mutiges, lohnendes Handeln; die "
            "Mühe, die Sie in dieser Phase investieren, kann sich auszahlen."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.JUPITER): (
            "Jupiter steht im Sextil zu seiner eigenen Geburtsposition – eine glückliche Gelegenheit in Ihrem "
            "zwölfjährigen Wachstumszyklus; ergreifen Sie die Chance, sobald sie sich zeigt, denn sie wartet nicht."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.SATURN): (
            "Beharrlicher Einsatz findet Unterstützung, solange Jupiter im Sextil zu Ihrem Geburtssaturn steht; bitten "
            "Sie also um Rückendeckung, eine Beförderung oder die Förderung durch einen Mentor – was immer Sie gerade "
            "brauchen."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.SUN): (
            "Jupiter steht im Quadrat zu Ihrer Geburtssonne, und Ihr Ehrgeiz wächst vielleicht über Ihre Pläne hinaus; "
            "lassen Sie sich von der Reibung fordern, aber halten Sie Ihre Versprechen realistisch."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.MOON): (
            "Die Gefühle schlagen hohe Wellen, und das Zuhause wirkt vielleicht beengt, solange Jupiter im Quadrat zu "
            "Ihrem Geburtsmond steht; klären Sie, was Sie wirklich brauchen, bevor Sie noch etwas hinzufügen."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.MERCURY): (
            "Große Pläne übergehen unter Jupiters Quadrat zu Ihrem Geburtsmerkur leicht die Details; prüfen Sie die "
            "Fakten, grenzen Sie den Rahmen ein und gehen Sie dann zuversichtlich voran."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.VENUS): (
            "Jupiter steht im Quadrat zu Ihrer Geburtsvenus und verführt Sie dazu, zu viel auszugeben oder in der "
            "Liebe zu viel zu versprechen; genießen Sie Ihre Freuden, aber setzen Sie vernünftige Grenzen."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.MARS): (
            "Risiken wirken unwiderstehlich, wenn Jupiter im Quadrat zu Ihrem Geburtsmars steht; lenken Sie den Drang "
            "in einen gut geplanten Vorstoß statt in einen waghalsigen Sprung."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.JUPITER): (
            "Jupiter steht im Quadrat zu seiner eigenen Geburtsposition – ein Prüfstein des Wachstums in Ihrem "
            "zwölfjährigen Zyklus; Unruhe zeigt, wo Ihre Überzeugungen eine Erneuerung brauchen."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.SATURN): (
            "Der Drang zu wachsen trifft auf Ihre Vorsicht, solange Jupiter im Quadrat zu Ihrem Geburtssaturn steht; "
            "lassen Sie das eine das andere mäßigen und gehen Sie in bedachten Schritten voran."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.SUN): (
            "Jupiter bildet ein Trigon zu Ihrer Geburtssonne und schenkt Ihnen eine lange, leichte Phase voller "
            "Zuversicht und Glück; stecken Sie sich hohe Ziele, denn Türen öffnen sich Ihnen bereitwillig."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.MOON): (
            "Seelische Leichtigkeit und häuslicher Segen stellen sich ein, wenn Jupiter ein Trigon zu Ihrem "
            "Geburtsmond bildet; genießen Sie Familie, Behaglichkeit und eine großzügige Stimmung."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.MERCURY): (
            "Lernen, Schreiben und Reisen laufen wie am Schnürchen, solange Jupiter im Trigon zu Ihrem Geburtsmerkur "
            "steht; teilen Sie Ihre Ideen also mit vielen, denn sie finden offene Ohren."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.VENUS): (
            "Jupiter steht im Trigon zu Ihrer Geburtsvenus und schenkt Ihnen eine glückliche, leichte Zeit für Liebe, "
            "Freundschaft und Geld; genießen Sie sie und geben Sie etwas von Ihrem Glück weiter."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.MARS): (
            "Mutige Schritte haben starken Rückenwind, solange Jupiter im Trigon zu Ihrem Geburtsmars steht; beginnen "
            "Sie das Vorhaben, das Training oder das Abenteuer, von dem Sie schon lange träumen."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.JUPITER): (
            "Jupiter bildet ein Trigon zu seiner eigenen Geburtsposition und eröffnet eine harmonische Phase Ihres "
            "zwölfjährigen Zyklus, in der Wachstum ganz natürlich geschieht; folgen Sie also dem, was Sie begeistert."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.SATURN): (
            "Vision und Disziplin halten sich die Waage, wenn Jupiter im Trigon zu Ihrem Geburtssaturn steht – ideal, "
            "um eine Karriere, ein Zuhause oder einen Plan mit Bestand aufzubauen."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.SUN): (
            "Jupiter steht Ihrer Geburtssonne gegenüber, und andere bringen Ihnen womöglich große Chancen oder große "
            "Forderungen; messen Sie jede davon an dem, wer Sie wirklich sind."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.MOON): (
            "Die Begeisterung anderer bewegt Ihre Gefühle, solange Jupiter in Opposition zu Ihrem Geburtsmond steht; "
            "genießen Sie die Wärme, aber schützen Sie Ihr Bedürfnis nach Ruhe."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.MERCURY): (
            "Andere Sichtweisen fordern Ihre eigene heraus, wenn Jupiter Ihrem Geburtsmerkur gegenübersteht; bleiben "
            "Sie offen, denn die Diskussion kann Ihr Denken weiten."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.VENUS): (
            "Großzügige Gesten gehen in beide Richtungen, solange Jupiter in Opposition zu Ihrer Geburtsvenus steht; "
            "genießen Sie das Geben und Nehmen und halten Sie Liebe und Geld im Gleichgewicht."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.MARS): (
            "Jupiter steht in Opposition zu Ihrem Geburtsmars, und andere ermutigen Sie womöglich zu Risiken, die Sie "
            "allein nicht eingehen würden; prüfen Sie, ob ihr Drängen Ihren Zielen dient."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.JUPITER): (
            "Jupiter steht seiner eigenen Geburtsposition gegenüber und markiert die Mitte Ihres zwölfjährigen Zyklus; "
            "andere spiegeln Ihnen Ihre Überzeugungen und zeigen, wo Sie als Nächstes wachsen können."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.SATURN): (
            "Wachstum und Sicherheit zerren aneinander, solange Jupiter in Opposition zu Ihrem Geburtssaturn steht; "
            "jemand drängt Sie vielleicht, lockerer zu werden, also finden Sie Ihr eigenes Gleichgewicht."
        ),

        # ---- Saturn: duty, limits, patience, structure ----
        (Body.SATURN, Aspect.CONJUNCTION, Body.SUN): (
            "Saturn trifft auf Ihre Geburtssonne – eine fordernde, aber prägende Etappe; verpflichten Sie sich dem, "
            "was wirklich zählt, und lassen Sie Rollen los, die nicht mehr passen."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.MOON): (
            "Saturn zieht über Ihren Geburtsmond und fordert Sie auf, Ihre seelischen Bedürfnisse ernst zu nehmen; "
            "schaffen Sie sich ein Zuhause und Gewohnheiten, die Ihnen wirklich Halt geben."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.MERCURY): (
            "Ihr Denken wird ernst und präzise, wenn sich Saturn mit Ihrem Geburtsmerkur verbindet; lernen Sie, planen "
            "Sie und unterschreiben Sie nur, was Sie vollständig verstehen."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.VENUS): (
            "Saturn trifft auf Ihre Geburtsvenus und prüft Ihre Beziehungen und Finanzen; was echt ist, wird stärker, "
            "und was es nicht ist, verabschiedet sich vielleicht still und leise."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.MARS): (
            "Ihre Tatkraft wirkt vielleicht blockiert, solange Saturn in Konjunktion mit Ihrem Geburtsmars steht; "
            "langsames, diszipliniertes Handeln bringt mehr als Kraftakte und baut dauerhafte Widerstandskraft auf."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.JUPITER): (
            "Saturn zieht über Ihren Geburtsjupiter und verlangt, dass Ihre Hoffnungen feste Gestalt annehmen; "
            "verabschieden Sie sich von Träumen, die Sie nicht tragen können, und investieren Sie in die, die Bestand "
            "haben können."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.SATURN): (
            "Saturn kehrt an seinen Platz in Ihrem Geburtshoroskop zurück – Ihre Saturnwiederkehr, ein Übergangsritus, "
            "der Sie auffordert, die Richtung Ihres Lebens selbst in die Hand zu nehmen."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.SUN): (
            "Saturns Sextil zu Ihrer Geburtssonne bietet die Chance, etwas Solides aufzubauen; übernehmen Sie echte "
            "Verantwortung und sehen Sie zu, wie Ihr Ansehen wächst."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.MOON): (
            "Saturn bildet ein Sextil zu Ihrem Geburtsmond und stützt feste Abläufe und seelische Sicherheit; regeln "
            "Sie eine Haus- oder Familienangelegenheit, solange es leichtfällt."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.MERCURY): (
            "Sorgfältiges Denken und Planen stehen unter einem guten Stern, solange Saturn im Sextil zu Ihrem "
            "Geburtsmerkur steht; nutzen Sie die Gelegenheit, um zu schreiben, zu lernen oder einen Vertrag "
            "abzuschließen."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.VENUS): (
            "Liebe und Geld profitieren von Verbindlichkeit, während Saturn im Sextil zu Ihrer Geburtsvenus steht; "
            "geben Sie also ein praktisches Versprechen oder beginnen Sie einen Sparplan."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.MARS): (
            "Saturn steht im Sextil zu Ihrem Geburtsmars und gibt Ihnen Ausdauer für geduldige, disziplinierte Arbeit; "
            "nutzen Sie die Chance, ein langes Projekt Schritt für Schritt anzugehen."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.JUPITER): (
            "Geben Sie Ihren Ambitionen Bodenhaftung, solange Saturn ein Sextil zu Ihrem Geburtsjupiter bildet: Ein "
            "vernünftiger Plan, den Sie jetzt schmieden, kann Ihr Wachstum über Jahre tragen."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.SATURN): (
            "Saturn bildet ein Sextil zu seiner eigenen Geburtsposition – ein konstruktiver Punkt in Ihrem langen "
            "Saturnzyklus; stärken Sie Ihr Fundament und übernehmen Sie die Pflichten, die zu Ihnen passen."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.SUN): (
            "Saturn steht im Quadrat zu Ihrer Geburtssonne, und Hindernisse prüfen Ihre Entschlossenheit; der Druck "
            "ist real, doch indem Sie sich ihm stellen, gewinnen Sie ein Selbstvertrauen, das bleibt."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.MOON): (
            "Mit Saturn im Quadrat zu Ihrem Geburtsmond fühlt sich das Leben zu Hause vielleicht schwer an, oder Ihre "
            "Bedürfnisse bleiben unerfüllt; haben Sie Geduld mit sich und stärken Sie, was Sie trägt."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.MERCURY): (
            "Pläne geraten vielleicht ins Stocken oder Zweifel werden laut, während Saturn im Quadrat zu Ihrem "
            "Geburtsmerkur steht; treten Sie auf die Bremse, prüfen Sie Ihre Überlegungen und bessern Sie nach, statt "
            "hinzuwerfen."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.VENUS): (
            "Saturn steht im Quadrat zu Ihrer Geburtsvenus und prüft Liebe und Finanzen; beantworten Sie die "
            "schwierige Frage ehrlich, dann wird das, was bleibt, umso stärker sein."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.MARS): (
            "Frust staut sich an, wenn Tatkraft auf Widerstand trifft, und Saturns Quadrat zu Ihrem Geburtsmars bringt "
            "beides; arbeiten Sie klüger statt härter und teilen Sie sich Ihre Kräfte ein."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.JUPITER): (
            "Saturn steht im Quadrat zu Ihrem Geburtsjupiter und bremst jede Ausdehnung; lassen Sie sich von der "
            "Reibung zeigen, welche Pläne die Mühe wert sind."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.SATURN): (
            "Saturn steht im Quadrat zu seiner eigenen Geburtsposition – einer der Meilensteine Ihres Saturnzyklus; "
            "Strukturen, die nicht mehr passen, werden sichtbar, also bauen Sie mit Sorgfalt neu."
        ),
        (Body.SATURN, Aspect.TRINE, Body.SUN): (
            "Saturn bildet ein Trigon zu Ihrer Geburtssonne und verleiht Ihnen Beständigkeit und Autorität; "
            "langfristige Ziele kommen verlässlich voran, also investieren Sie Ihre Mühe dort, wo sie zählt."
        ),
        (Body.SATURN, Aspect.TRINE, Body.MOON): (
            "Innere Stabilität und Ruhe zu Hause bringt Ihnen Saturn im Trigon zu Ihrem Geburtsmond – eine gute Zeit, "
            "um Familienangelegenheiten endgültig zu regeln."
        ),
        (Body.SATURN, Aspect.TRINE, Body.MERCURY): (
            "Ihr Denken ist klar und diszipliniert, solange Saturn im Trigon zu Ihrem Geburtsmerkur steht; planen Sie "
            "jetzt sorgfältig, dann haben Ihre Pläne Bestand."
        ),
        (Body.SATURN, Aspect.TRINE, Body.VENUS): (
            "Saturn steht im Trigon zu Ihrer Geburtsvenus und festigt Bindungen in Liebe und Geldfragen; Treue wird "
            "belohnt, und eine beständige Beziehung vertieft sich."
        ),
        (Body.SATURN, Aspect.TRINE, Body.MARS): (
            "Einsatz und Disziplin arbeiten Hand in Hand, solange Saturn im Trigon zu Ihrem Geburtsmars steht; mit "
            "stetigem, geduldigem Handeln erreichen Sie eine Menge."
        ),
        (Body.SATURN, Aspect.TRINE, Body.JUPITER): (
            "Saturn bildet ein Trigon zu Ihrem Geburtsjupiter und bringt Weitblick und Realismus ins Gleichgewicht; "
            "was Sie in dieser Phase aufbauen, steht auf festem Grund."
        ),
        (Body.SATURN, Aspect.TRINE, Body.SATURN): (
            "Saturn steht im Trigon zu seiner eigenen Geburtsposition und beschert Ihnen eine stabile Phase in Ihrem "
            "langen Zyklus der Reife; die Strukturen, die Sie aufgebaut haben, leisten Ihnen gute Dienste."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.SUN): (
            "Unter Saturns Opposition zu Ihrer Geburtssonne stellt womöglich eine Autoritätsperson Ihren Kurs infrage; "
            "bleiben Sie Ihrem Ziel treu und korrigieren Sie, was aus dem Gleichgewicht geraten ist."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.MOON): (
            "Die Verantwortung für andere lastet vielleicht auf Ihrem Gefühlsleben, solange Saturn in Opposition zu "
            "Ihrem Geburtsmond steht; verteilen Sie die Last und sagen Sie klar, was Sie brauchen."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.MERCURY): (
            "Kritik oder Verzögerungen treffen womöglich Ihre Pläne, wenn Saturn Ihrem Geburtsmerkur gegenübersteht; "
            "hören Sie heraus, was davon nützlich ist, und überarbeiten Sie mit Geduld."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.VENUS): (
            "Saturn steht in Opposition zu Ihrer Geburtsvenus und prüft das Gleichgewicht in Ihren Beziehungen; was "
            "Sie geben und was Sie bekommen, muss fair verteilt sein, damit es Bestand hat."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.MARS): (
            "Regeln oder Vorgesetzte bremsen womöglich Ihren Tatendrang, solange Saturn in Opposition zu Ihrem "
            "Geburtsmars steht; suchen Sie einen geduldigen Weg nach vorn statt des direkten Zusammenpralls."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.JUPITER): (
            "Vorsicht und Hoffnung messen sich, wenn Saturn in Opposition zu Ihrem Geburtsjupiter steht; der Realismus "
            "anderer bremst vielleicht Ihre Pläne, also behalten Sie, was tragfähig ist, und lassen Sie den Rest "
            "fallen."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.SATURN): (
            "Saturn steht seiner eigenen Geburtsposition gegenüber, und Ihr Saturnzyklus erreicht seine Halbzeit; "
            "äußere Anforderungen spiegeln Ihre inneren, also bringen Sie Ihre Verpflichtungen neu ins Gleichgewicht."
        ),
    },
)
