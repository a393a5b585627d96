from horoscope_service.model import Aspect, Body, MoonPhase
from horoscope_service.phrasebooks import Phrasebook

BOOK = Phrasebook(
    signs=("Widder", "Stier", "Zwillinge", "Krebs", "Löwe", "Jungfrau",
           "Waage", "Skorpion", "Schütze", "Steinbock", "Wassermann", "Fische"),
    # Dative: "der Mond im Krebs", "in der Jungfrau", "in den Fischen".
    in_signs=("im Widder", "im Stier", "in den Zwillingen", "im Krebs", "im Löwen", "in der Jungfrau",
              "in der Waage", "im Skorpion", "im Schützen", "im Steinbock", "im Wassermann", "in den Fischen"),
    planets={Body.SUN: "die Sonne", Body.MOON: "der Mond", Body.MERCURY: "Merkur", Body.VENUS: "Venus",
             Body.MARS: "Mars", Body.JUPITER: "Jupiter", Body.SATURN: "Saturn", Body.URANUS: "Uranus",
             Body.NEPTUNE: "Neptun", Body.PLUTO: "Pluto"},
    on_weekdays=("am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag", "am Samstag",
                 "am Sonntag"),
    today="heute",
    this_week="diese Woche",
    this_month="diesen Monat",

    # ---- Daily summary ----
    moon_house=(
        # 1: self, body, appearance (the Moon in the reader's own sign)
        ("Ihre eigenen Gefühle geben den Takt vor, während der Mond {moon_in} und damit in Ihrem Zeichen steht; "
         "folgen Sie bei kleinen Entscheidungen Ihrem ersten Impuls.",
         "Man liest Ihnen mit dem Mond {moon_in} jede Regung vom Gesicht ab; zeigen Sie lieber Wärme als Sorge.",
         "Einmal im Monat kehrt der Mond in Ihr Zeichen zurück, und jetzt steht er {moon_in}: Stellen Sie für "
         "einen Tag Ihre eigenen Bedürfnisse an die erste Stelle.",
         "Unter einem Mond {moon_in} kehrt die Energie in Ihren Körper zurück: Bewegen Sie sich, dehnen Sie sich "
         "und nehmen Sie ruhig etwas mehr Raum ein."),
        # 2: money, possessions, values
        ("Geldangelegenheiten rücken in den Fokus, solange der Mond {moon_in} steht; nehmen Sie sich die Rechnung "
         "oder das Konto vor, um das Sie bisher einen Bogen gemacht haben.",
         "Was Sie besitzen und was Ihnen wichtig ist, gehört mit dem Mond {moon_in} auf den Prüfstand: Behalten "
         "Sie, was Sie nutzen, und geben Sie den Rest weiter.",
         "Passen Ihre Ausgaben zu dem, was Ihnen am Herzen liegt? Der Mond {moon_in} macht die Antwort leicht "
         "erkennbar.",
         "Komfort und Sicherheit zählen mehr als sonst, wenn der Mond {moon_in} steht, und eine kleine Freude, "
         "die Sie sich leisten können, haben Sie sich redlich verdient."),
        # 3: messages, siblings, neighborhood, short trips
        ("Nachrichten, Anrufe und kleine Erledigungen füllen die Stunden, solange der Mond {moon_in} steht; "
         "führen Sie eine Liste, damit nichts untergeht.",
         "Ein Bruder, eine Schwester oder jemand aus der Nachbarschaft hat vielleicht Neuigkeiten für Sie, und der "
         "Mond {moon_in} macht das Gespräch leicht.",
         "Nehmen Sie den längeren Weg zum Laden: Kurze Runden durch Ihr Viertel erfrischen Sie, während der Mond "
         "{moon_in} steht.",
         "Ihre Worte kommen unter einem Mond {moon_in} gut an, also schicken Sie die E-Mail ab, die Sie im Kopf "
         "längst formuliert haben."),
        # 4: home, family, roots
        ("Heim und Familie brauchen Ihre Aufmerksamkeit, solange der Mond {moon_in} steht, und ein Abend zu Hause "
         "könnte genau das Richtige sein.",
         "Rufen Sie Ihre Mutter, Ihren Vater oder einen alten Freund der Familie an: Mit dem Mond {moon_in} "
         "bedeutet das mehr, als Sie erwarten.",
         "Eine Ablage freiräumen, ein Fenster öffnen, eine Lampe anknipsen: Unter einem Mond {moon_in} färbt Ihre "
         "Umgebung auf Ihre Stimmung ab.",
         "Erinnerungen an Ihr Elternhaus steigen mit dem Mond {moon_in} leicht auf und zeigen Ihnen, was Ihnen "
         "Geborgenheit schenkt."),
        # 5: romance, play, creativity, children
        ("Romantik und Vergnügen bekommen Aufwind, solange der Mond {moon_in} steht; schaffen Sie Raum für etwas, "
         "das Sie nur aus Freude tun.",
         "Kreative Einfälle kommen mit dem Mond {moon_in} schnell, also skizzieren, kochen, singen oder schreiben "
         "Sie, bevor die Stimmung verfliegt.",
         "Flirten fällt unter einem Mond {moon_in} ganz leicht, und aus einer spontanen Einladung könnte ein "
         "wunderbarer Abend werden.",
         "Zeit mit Kindern oder mit Ihrer eigenen verspielten Seite gibt Ihnen neue Kraft, solange der Mond "
         "{moon_in} bleibt."),
        # 6: daily work, routine, health
        ("Tägliche Abläufe verdienen eine Feinabstimmung, während der Mond {moon_in} steht: Eine bessere "
         "Gewohnheit bringt mehr als ein komplett neues Programm.",
         "Ihre To-do-Liste schrumpft mit dem Mond {moon_in} rasch, vor allem bei den lästigen Aufgaben, die Sie "
         "ständig aufschieben.",
         "Arbeiten Sie in gleichmäßigen Blöcken und essen Sie zu festen Zeiten; ein Mond {moon_in} belohnt "
         "Rhythmus mehr als Heldentaten.",
         "Wasser, Schlaf und ein täglicher Spaziergang tun Ihnen jetzt besonders gut, denn der Mond {moon_in} "
         "lenkt den Blick auf Ihr Wohlbefinden."),
        # 7: partners, contracts, one-to-one
        ("Partner und enge Verbündete rücken in den Mittelpunkt, solange der Mond {moon_in} steht; nehmen Sie "
         "sich Zeit für den Menschen, der Ihnen den Rücken stärkt.",
         "Gespräche unter vier Augen gehen mit dem Mond {moon_in} tiefer; suchen Sie sich einen ruhigen Ort und "
         "hören Sie wirklich zu.",
         "Lesen Sie Vereinbarungen zweimal und klären Sie, wer was übernimmt: Der Mond {moon_in} nimmt Verträge "
         "und Versprechen unter die Lupe.",
         "Ein nahestehender Mensch spiegelt Ihnen unter einem Mond {moon_in} Ihre Stimmung wider, und dabei "
         "erfahren Sie vielleicht etwas über sich selbst."),
        # 8: shared resources, intimacy, debts, transformation
        ("Gemeinsame Finanzen, Kredite und Entscheidungen zu zweit verlangen ein offenes Gespräch, und der Mond "
         "{moon_in} hilft Ihnen, den Anfang zu machen.",
         "Nähe braucht mit dem Mond {moon_in} mehr Vertrauen als Worte; zeigen Sie jemandem Ihre weichere Seite.",
         "Selbst eine kleine Schuld oder einen alten Gefallen zu begleichen, fühlt sich befreiend an, wenn der "
         "Mond {moon_in} steht.",
         "Etwas, dem Sie entwachsen sind, darf jetzt gehen, und der Mond {moon_in} gibt Ihnen den Mut, es "
         "loszulassen."),
        # 9: travel, study, beliefs
        ("Ferne Orte locken, solange der Mond {moon_in} steht; beginnen Sie mit der Recherche für die Reise, die "
         "Ihnen nicht aus dem Kopf geht.",
         "Ein Buch, ein Kurs oder ein langes Gespräch erweitert mit dem Mond {moon_in} Ihren Horizont.",
         "Hören Sie jemandem zu, der die Welt anders sieht: Ein Mond {moon_in} stellt Ihre Überzeugungen "
         "freundlich auf die Probe.",
         "Der gewohnte Trott fühlt sich eng an, wenn der Mond {moon_in} steht; wechseln Sie die Perspektive – "
         "mit einem neuen Café, einem anderen Weg oder einem neuen Thema."),
        # 10: career, standing, reputation
        ("Berufliche Fragen treten in den Vordergrund, solange der Mond {moon_in} steht, und Vorgesetzte "
         "bemerken, wie Sie mit Druck umgehen.",
         "Stille Kompetenz stärkt mit dem Mond {moon_in} Ihren Ruf; lassen Sie erst die Ergebnisse für sich "
         "sprechen, bevor Sie selbst das Wort ergreifen.",
         "Ehrgeiz regt sich unter einem Mond {moon_in}: Schreiben Sie das berufliche Ziel auf, das Sie erreichen "
         "wollen, und einen ersten Schritt dorthin.",
         "Wie man Sie bei der Arbeit wahrnimmt, zählt mehr als sonst, wenn der Mond {moon_in} steht; geben Sie "
         "kleine Versprechen und halten Sie jedes einzelne."),
        # 11: friends, groups, hopes
        ("Freunde und Gruppen bringen das Beste in Ihnen hervor, solange der Mond {moon_in} verweilt; sagen Sie "
         "Ja zu einem Treffen.",
         "Eine alte Hoffnung erwacht mit dem Mond {moon_in} zu neuem Leben, und vielleicht weiß jemand aus Ihrem "
         "Freundeskreis Rat.",
         "Teilen Sie die Last und die Anerkennung: Teamarbeit läuft unter einem Mond {moon_in} wie von selbst.",
         "Melden Sie sich bei jemandem, den Sie aus den Augen verloren haben; der Mond {moon_in} begünstigt Ihren "
         "weiteren Kreis."),
        # 12: rest, solitude, what is hidden
        ("Ruhe und Alleinsein tun Ihnen gut, solange der Mond {moon_in} steht; halten Sie sich eine Stunde frei, "
         "in der niemand etwas von Ihnen will.",
         "Mit dem Mond {moon_in} tanken Sie in stillen Stunden auf, und ein Mittagsschlaf oder eine frühe Nacht "
         "ist kein Luxus.",
         "Verborgene Gefühle steigen unter einem Mond {moon_in} sanft auf; wenn Sie sie aufschreiben, verstehen "
         "Sie sie besser.",
         "Was Sie im Stillen vorbereiten, zählt mit dem Mond {moon_in} mehr als das, was Sie zeigen: Planen Sie, "
         "statt sich in Szene zu setzen."),
    ),
    lunar_aspects={
        # The Sun: will, vitality, visibility
        (Body.SUN, Aspect.CONJUNCTION): (
            "Die Konjunktion von Mond und Sonne vereint Herz und Willen: Was Sie wollen und was Sie fühlen, stimmt "
            "endlich überein.",
            "Mit dem Mond in Konjunktion zur Sonne bündelt sich Ihre Energie an einem Punkt: Wählen Sie ein "
            "einziges Ziel und setzen Sie Ihr ganzes Gewicht dafür ein.",
            "Wenn der Mond auf die Sonne trifft, begünstigt ein stiller Neustart eher eine klare Absicht als einen "
            "großen Auftritt.",
        ),
        (Body.SUN, Aspect.SEXTILE): (
            "Das Sextil des Mondes zur Sonne öffnet ein kleines Fenster, um bemerkt zu werden; treten Sie vor und "
            "bringen Sie Ihre Idee ein.",
            "Ein Sextil zwischen Mond und Sonne schenkt Ihnen beständige Lebenskraft – aber nur, wenn Sie sie für "
            "etwas einsetzen, das zählt.",
            "Unterstützung von Vorgesetzten ist unter dem Sextil des Mondes zur Sonne in Reichweite, also bitten "
            "Sie um das, was Sie brauchen.",
        ),
        (Body.SUN, Aspect.SQUARE): (
            "Der Mond steht im Quadrat zur Sonne, und Gefühle und Ziele ziehen in verschiedene Richtungen; folgen "
            "Sie dem, was keinen Aufschub duldet.",
            "Die Reibung durch das Quadrat des Mondes zur Sonne kann Sie unruhig machen – und diese Unruhe ist "
            "Treibstoff für eine festgefahrene Aufgabe.",
            "Ihr Stolz ist unter dem Quadrat des Mondes zur Sonne schnell gekränkt; verwandeln Sie den Ärger in "
            "einen entschlossenen Schritt.",
        ),
        (Body.SUN, Aspect.TRINE): (
            "Das Trigon des Mondes zur Sonne lässt Kopf und Herz zusammenarbeiten, und Pläne kommen ohne Kraftakt "
            "voran.",
            "Selbstvertrauen stellt sich mit dem Mond im Trigon zur Sonne ganz natürlich ein, also zeigen Sie sich "
            "und genießen Sie es.",
            "Ein Trigon vom Mond zur Sonne frischt Ihre Lebenskraft auf; nutzen Sie einen Teil davon draußen bei "
            "Tageslicht und frischer Luft.",
        ),
        (Body.SUN, Aspect.OPPOSITION): (
            "Der Mond steht der Sonne gegenüber, und was Sie brauchen, zieht in eine andere Richtung als das, was "
            "Sie wollen; ein fairer Ausgleich ist besser als ein Sieg auf ganzer Linie.",
            "In Opposition zur Sonne wirft der Mond sein volles Licht auf Ihre Entscheidungen, sodass andere klar "
            "erkennen, wofür Sie stehen.",
            "Mit dem Mond in Opposition zur Sonne verlangen zwei Seiten Ihres Lebens gleich viel Zeit: Geben Sie "
            "jeder ihre Stunde.",
        ),
        # Mercury: talk, plans, messages
        (Body.MERCURY, Aspect.CONJUNCTION): (
            "Die Konjunktion des Mondes mit Merkur füllt Ihren Kopf mit Ideen und Ihr Handy mit Nachrichten; "
            "notieren Sie die besten.",
            "Gefühle und Worte verschmelzen, wenn der Mond auf Merkur trifft; sagen Sie also, was Sie meinen, "
            "solange es noch frisch ist.",
            "Steht der Mond in Konjunktion mit Merkur, kann ein Plausch schnell intensiv werden; halten Sie Ihren "
            "Ton leichter als Ihre Gedanken.",
        ),
        (Body.MERCURY, Aspect.SEXTILE): (
            "Das Sextil des Mondes zu Merkur öffnet die Tür zu einem nützlichen Gespräch; greifen Sie selbst zum "
            "Telefon, statt auf einen Anruf zu warten.",
            "Ein Sextil vom Mond zu Merkur lässt Pläne Gestalt annehmen, wenn Sie sich hinsetzen und sie "
            "skizzieren.",
            "Nachrichten, die Sie unter dem Sextil des Mondes zu Merkur verschicken, finden wohlwollende Leser; "
            "beantworten Sie also die, die am längsten wartet.",
        ),
        (Body.MERCURY, Aspect.SQUARE): (
            "Der Mond steht im Quadrat zu Merkur, und Worte können schärfer herauskommen als beabsichtigt; halten "
            "Sie kurz inne, bevor Sie auf „Senden“ drücken.",
            "Widersprüchliche Signale durch das Quadrat des Mondes zu Merkur drängen Sie, einen zu vagen Plan "
            "endlich zu konkretisieren.",
            "Ein kleines Missverständnis unter dem Quadrat des Mondes zu Merkur ist Ihr Stichwort, direkt "
            "nachzufragen.",
        ),
        (Body.MERCURY, Aspect.TRINE): (
            "Das Trigon des Mondes zu Merkur macht das Reden leicht, also sprechen Sie das Thema an, das Ihnen "
            "sonst unangenehm ist.",
            "Pläne und Papierkram laufen unter dem Trigon des Mondes zu Merkur flüssig; arbeiten Sie einen "
            "Rückstand in einem Zug ab.",
            "Mit dem Mond im Trigon zu Merkur bleibt Gelerntes hängen: Lesen Sie, hören Sie zu oder machen Sie sich "
            "Notizen zu etwas Neuem.",
        ),
        (Body.MERCURY, Aspect.OPPOSITION): (
            "Der Mond steht Merkur gegenüber, also streiten Kopf und Herz; lassen Sie beide zu Wort kommen, bevor "
            "Sie entscheiden.",
            "Gegenüber von Merkur zeigt Ihnen der Mond die andere Seite einer Diskussion, und Zuhören bringt Sie "
            "weiter als Streiten.",
            "Mit dem Mond in Opposition zu Merkur treffen Ihre Pläne auf die eines anderen; gleichen Sie die "
            "Details ab, bis beide zusammenpassen.",
        ),
        # Venus: affection, pleasure, money spent
        (Body.VENUS, Aspect.CONJUNCTION): (
            "Die Konjunktion des Mondes mit der Venus hüllt den Tag in Zuneigung; sagen Sie einem Menschen "
            "geradeheraus, wie viel er Ihnen bedeutet.",
            "Vergnügen und Behaglichkeit verschmelzen, wenn der Mond auf die Venus trifft; gönnen Sie sich gutes "
            "Essen oder Musik ohne schlechtes Gewissen.",
            "Vereint mit der Venus weckt der Mond die Kauflust; leisten Sie sich ein schönes Stück, nicht fünf.",
        ),
        (Body.VENUS, Aspect.SEXTILE): (
            "Das Sextil des Mondes zur Venus bietet eine Gelegenheit für Herzlichkeit, doch den ersten freundlichen "
            "Schritt müssen Sie machen.",
            "Ein Sextil zwischen Mond und Venus belohnt kleine Gesten wie eine Notiz, eine Blume oder einen "
            "gemeinsamen Kaffee.",
            "Ein kluger Kauf oder ein faires Geschäft liegt unter dem Sextil des Mondes zur Venus für Sie bereit, "
            "wenn Sie zugreifen.",
        ),
        (Body.VENUS, Aspect.SQUARE): (
            "Der Mond steht im Quadrat zur Venus, und der Wunsch nach mehr kann Sie zu teuren Einkäufen verleiten; "
            "setzen Sie sich ein Limit, bevor Sie losgehen.",
            "Die Reibung durch das Quadrat des Mondes zur Venus weckt kleine Eifersüchteleien; sagen Sie, was Sie "
            "brauchen, statt zu schmollen.",
            "Bequeme Genüsse locken unter dem Quadrat des Mondes zur Venus; wählen Sie einen, über den Sie sich "
            "morgen noch freuen.",
        ),
        (Body.VENUS, Aspect.TRINE): (
            "Das Trigon des Mondes zur Venus bringt unbeschwerte Zuneigung und gute Gesellschaft; nehmen Sie eine "
            "Einladung an.",
            "Schönheit ist mit dem Mond im Trigon zur Venus leicht zu finden, also stellen Sie ein Zimmer um oder "
            "tragen Sie Ihre Lieblingsfarbe.",
            "Geld und Genuss halten sich unter dem Trigon des Mondes zur Venus schön die Waage, und ein bescheidenes "
            "Vergnügen fühlt sich reich an.",
        ),
        (Body.VENUS, Aspect.OPPOSITION): (
            "Der Mond steht der Venus gegenüber, und Ihre Bedürfnisse können mit dem Geschmack eines anderen "
            "kollidieren; suchen Sie nach dem, was Sie verbindet.",
            "Mit dem Mond in Opposition zur Venus brauchen Geben und Nehmen von Zuneigung ein Gleichgewicht; lassen "
            "Sie jemanden etwas für Sie tun.",
            "Gegenüber der Venus zieht der Mond Ihren Geldbeutel in zwei Richtungen, zum Sparen und zum Gönnen; "
            "treffen Sie sich in der Mitte.",
        ),
        # Mars: drive, anger, action
        (Body.MARS, Aspect.CONJUNCTION): (
            "Die Konjunktion des Mondes mit Mars lädt Sie mit Tatkraft auf; richten Sie sie auf eine körperliche "
            "Aufgabe und sehen Sie zu, wie diese schrumpft.",
            "Die Gefühle kochen hoch, wenn der Mond auf Mars trifft; zählen Sie bis zehn, bevor Sie auf eine "
            "Provokation antworten.",
            "Steht der Mond bei Mars, fällt Ihnen Mut leicht; beginnen Sie endlich das, worum Sie seit Wochen "
            "herumschleichen.",
        ),
        (Body.MARS, Aspect.SEXTILE): (
            "Das Sextil des Mondes zu Mars gibt Ihnen gerade genug Schwung für den Anfang; machen Sie den ersten "
            "Schritt vor Mittag.",
            "Ein Sextil vom Mond zu Mars begünstigt zügiges Handeln: Erledigen Sie die Besorgung, das Training oder "
            "die Reparatur.",
            "Für sich einzustehen gelingt unter dem Sextil des Mondes zu Mars mühelos, solange Sie dabei ruhig "
            "bleiben.",
        ),
        (Body.MARS, Aspect.SQUARE): (
            "Der Mond steht im Quadrat zu Mars, und die Geduld reißt schnell; stecken Sie die Hitze lieber in "
            "Arbeit als in Streit.",
            "Die Reibung durch das Quadrat des Mondes zu Mars macht Sie ungeduldig – ein Zeichen, endlich zu "
            "beheben, was Sie stört.",
            "Eile führt unter dem Quadrat des Mondes zu Mars zu kleinen Fehlern; bauen Sie den Drang bei einem "
            "flotten Spaziergang oder beim Sport ab.",
        ),
        (Body.MARS, Aspect.TRINE): (
            "Das Trigon des Mondes zu Mars verwandelt Energie mühelos in Fortschritt; nehmen Sie eine größere "
            "Aufgabe in Angriff.",
            "Gestärkt vom Trigon des Mondes zu Mars handeln Sie selbstbewusst, und andere folgen Ihnen gern.",
            "Körperliche Anstrengung tut unter dem Trigon des Mondes zu Mars gut, also laufen Sie, tanzen Sie, "
            "stemmen Sie Gewichte oder graben Sie im Garten.",
        ),
        (Body.MARS, Aspect.OPPOSITION): (
            "Der Mond steht Mars gegenüber, und der Tatendrang eines anderen kann mit Ihrem zusammenstoßen; klären "
            "Sie, wer wo die Führung übernimmt.",
            "Mit dem Mond in Opposition zu Mars ist Ärger auf beiden Seiten ein Signal, kein Urteil; treten Sie "
            "einen Schritt zurück und kühlen Sie ab.",
            "Gegenüber von Mars verlangt der Mond, dass Sie Vorpreschen und Zurückhalten ausbalancieren; wählen Sie "
            "höchstens einen Kampf.",
        ),
        # Jupiter: luck, growth, generosity
        (Body.JUPITER, Aspect.CONJUNCTION): (
            "Die Konjunktion des Mondes mit Jupiter lässt Zuversicht und Wohlwollen wachsen; teilen Sie Ihr Glück "
            "großzügig.",
            "Alles fühlt sich größer an, wenn der Mond auf Jupiter trifft, der Appetit eingeschlossen; genießen Sie "
            "reichlich, aber mit etwas Maß.",
            "Im Bund mit Jupiter lässt der Mond eine großzügige Geste in unerwarteter Form zu Ihnen zurückkehren.",
        ),
        (Body.JUPITER, Aspect.SEXTILE): (
            "Das Sextil des Mondes zu Jupiter öffnet eine Tür zum Glück, aber anklopfen müssen Sie selbst; schicken "
            "Sie die Bewerbung ab oder präsentieren Sie Ihre Idee.",
            "Ein Sextil zwischen Mond und Jupiter begünstigt Lernen und Wachstum; melden Sie sich für das an, was "
            "Sie begeistert.",
            "Ein freundliches Wort von Ihnen trägt unter dem Sextil des Mondes zu Jupiter weiter, als Sie denken.",
        ),
        (Body.JUPITER, Aspect.SQUARE): (
            "Der Mond steht im Quadrat zu Jupiter, und Versprechen sind schnell gegeben, aber langsam eingelöst; "
            "sagen Sie weniger zu, als Sie möchten.",
            "Die Reibung durch das Quadrat des Mondes zu Jupiter treibt die Erwartungen in die Höhe; lassen Sie "
            "sich von diesem Ehrgeiz zu gründlicher Planung anspornen.",
            "Großzügigkeit kann unter dem Quadrat des Mondes zu Jupiter ins Übertriebene kippen; schenken Sie "
            "lieber Zeit als Geld.",
        ),
        (Body.JUPITER, Aspect.TRINE): (
            "Das Trigon des Mondes zu Jupiter bringt leichtes Glück und gute Laune; vertrauen Sie einer "
            "hoffnungsvollen Ahnung.",
            "Wachstum gelingt unter dem Trigon des Mondes zu Jupiter ohne Mühe, und ein wenig Einsatz zahlt sich "
            "reichlich aus.",
            "Andere helfen Ihnen unter dem Trigon des Mondes zu Jupiter bereitwillig, also nehmen Sie die Hilfe "
            "dankbar an.",
        ),
        (Body.JUPITER, Aspect.OPPOSITION): (
            "Der Mond steht Jupiter gegenüber, und große Hoffnungen treffen auf alltägliche Bedürfnisse; bleiben "
            "Sie mit einem Fuß auf dem Boden.",
            "Mit dem Mond in Opposition zu Jupiter sollten Sie Großzügigkeit gegenüber anderen mit Fairness sich "
            "selbst gegenüber ausgleichen.",
            "Gegenüber von Jupiter wägt der Mond „mehr“ gegen „genug“ ab; überlegen Sie, was Sie wirklich "
            "zufriedenstellen würde.",
        ),
        # Saturn: duty, limits, patience
        (Body.SATURN, Aspect.CONJUNCTION): (
            "Die Konjunktion des Mondes mit Saturn macht die Gefühle ernst und konzentriert; nutzen Sie diesen "
            "Ernst, um eine Pflicht zu erledigen.",
            "Verantwortung wiegt schwer, wenn der Mond auf Saturn trifft; erleichtern Sie sie, indem Sie den "
            "schwierigsten Teil zuerst anpacken.",
            "In enger Verbindung mit Saturn macht der Mond Sie vielleicht zurückhaltend – eine Stimmung, die "
            "sorgfältiger Arbeit in Ruhe entgegenkommt.",
        ),
        (Body.SATURN, Aspect.SEXTILE): (
            "Das Sextil des Mondes zu Saturn bietet die Chance, etwas Bleibendes aufzubauen; setzen Sie einen "
            "soliden Stein.",
            "Ein Sextil vom Mond zu Saturn hilft Ihnen, sich zu organisieren: Erstellen Sie einen Zeitplan und "
            "halten Sie sich daran.",
            "Ein älterer oder erfahrenerer Mensch kann Ihnen unter dem Sextil des Mondes zu Saturn einen Rat "
            "geben – wenn Sie ihn fragen.",
        ),
        (Body.SATURN, Aspect.SQUARE): (
            "Der Mond steht im Quadrat zu Saturn, und Grenzen fühlen sich eng an; arbeiten Sie mit ihnen statt "
            "gegen sie.",
            "Die Reibung durch das Quadrat des Mondes zu Saturn kann sich wie eine Mauer anfühlen; sehen Sie darin "
            "eine Liste dessen, was noch zu tun ist.",
            "Eine Verzögerung unter dem Quadrat des Mondes zu Saturn prüft Ihre Geduld und zeigt Ihnen, welcher "
            "Plan tragfähig genug ist.",
        ),
        (Body.SATURN, Aspect.TRINE): (
            "Das Trigon des Mondes zu Saturn lässt Disziplin ganz natürlich wirken; nehmen Sie sich eine Routine "
            "vor, die Sie durchhalten können.",
            "Mit dem Mond im Trigon zu Saturn lohnt sich geduldige Mühe, und eine langwierige Aufgabe kommt einen "
            "echten Schritt voran.",
            "Eine ruhige Hand und ein klarer Kopf begleiten das Trigon des Mondes zu Saturn; erledigen Sie also "
            "den Papierkram oder das Haushaltsbudget.",
        ),
        (Body.SATURN, Aspect.OPPOSITION): (
            "Der Mond steht Saturn gegenüber, und die Pflicht zieht gegen das Gefühl; werden Sie beidem gerecht, "
            "indem Sie einen klaren Feierabend festlegen.",
            "Mit dem Mond in Opposition zu Saturn können die Regeln anderer Sie einengen; verhandeln Sie über die "
            "Grenze, statt sich darüber zu ärgern.",
            "Gegenüber von Saturn verlangt der Mond, Bequemlichkeit gegen Verantwortung abzuwägen; ruhen Sie sich "
            "aus, sobald die wichtigste Aufgabe erledigt ist.",
        ),
    },
    phases={
        MoonPhase.NEW_MOON: (
            "Der Neumond macht reinen Tisch: Säen Sie eine Absicht und behalten Sie sie vorerst für sich.",
            "Am Himmel beginnt ein neuer Mondzyklus, ein guter Moment, um zu entscheiden, was Sie als Nächstes "
            "wirklich wollen.",
            "Bei Neumond ist die Energie gering, aber klar; wählen Sie lieber einen Anfang als eine Ziellinie.",
            "Dieser dunkle Mond eignet sich eher für stilles Planen als für lautes Handeln; schreiben Sie Ihr Ziel "
            "auf Papier.",
            "Der Neumond markiert den ersten Tag des Mondmonats: Beginnen Sie eine Gewohnheit, die Sie vier Wochen "
            "lang pflegen möchten.",
        ),
        MoonPhase.WAXING_CRESCENT: (
            "Die junge Mondsichel begünstigt kleine erste Schritte statt großer Ankündigungen.",
            "Der Mond nimmt wieder zu, und Schwung entsteht aus bescheidener, stetiger Mühe.",
            "Eine schmale Sichel kehrt an den Abendhimmel zurück und mit ihr der Mut, etwas zu wagen.",
            "Zweifel sind in der Sichelphase normal; begegnen Sie ihnen, indem Sie noch eine kleine Sache "
            "erledigen.",
            "Sammeln Sie, was Sie brauchen, solange der Mond zunimmt: Informationen, Werkzeuge und die richtigen "
            "Menschen.",
        ),
        MoonPhase.FIRST_QUARTER: (
            "Der zunehmende Halbmond prüft Ihre Entschlossenheit: Setzen Sie um, was Sie begonnen haben.",
            "Halb beleuchtet und im Aufstieg verlangt der Mond eine Entscheidung, die Sie vor sich herschieben.",
            "Beim ersten Viertel tauchen Hindernisse wie bestellt auf, und jedes, das Sie überwinden, macht Sie "
            "stärker.",
            "Das erste Mondviertel belohnt Verbindlichkeit: Wählen Sie einen Weg und hören Sie auf, alle "
            "gegeneinander abzuwägen.",
            "Ein zunehmender Halbmond bringt Pläne von der Idee zur Umsetzung; schaffen Sie sich Zeit für echte "
            "Arbeit.",
        ),
        MoonPhase.WAXING_GIBBOUS: (
            "Der Mond ist fast voll: Verfeinern und polieren Sie, statt neu anzufangen.",
            "Ein wachsender Dreiviertelmond belohnt Geduld mit den Details.",
            "Mit dem fast runden Mond lohnt es sich, den Kurs zu korrigieren, bevor die Ergebnisse eintreffen.",
            "Unter dem Dreiviertelmond wird redigiert: Streichen Sie, was nicht funktioniert, und "
            "stärken Sie, was trägt.",
            "Die Spannung steigt, während sich der Mond rundet; bereiten Sie sich vor, statt sich zu sorgen.",
        ),
        MoonPhase.FULL_MOON: (
            "Der Vollmond bringt ans Licht, was verborgen war, in Ihnen und um Sie herum.",
            "Unter dem Vollmond schlagen die Gefühle hoch, und Wahrheiten kommen an die Oberfläche.",
            "Der Vollmond spitzt die Dinge zu, und eine Angelegenheit, die lange gewachsen ist, erreicht ihren "
            "Höhepunkt.",
            "Gefühle sind unter dem Vollmond hell und laut, und der Schlaf ist vielleicht leichter; kommen Sie "
            "früh zur Ruhe.",
            "Ein Vollmond ist ein Anlass, Fortschritte zu feiern und zu benennen, was Sie seit dem Neumond erreicht "
            "haben.",
        ),
        MoonPhase.WANING_GIBBOUS: (
            "Der abnehmende Mond lenkt den Blick darauf, Gelerntes weiterzugeben.",
            "Wenn der Mond abzunehmen beginnt, fallen Dankbarkeit und Großzügigkeit leicht.",
            "Der abnehmende Dreiviertelmond ist ideal, um zu lehren, jemanden zu begleiten oder einen guten Tipp "
            "weiterzugeben.",
            "Nach dem Höhepunkt des Vollmonds ziehen Sie Bilanz: Was hat funktioniert, und was würden Sie anders "
            "machen?",
            "Das Licht beginnt zu schwinden: Drosseln Sie das Tempo und lassen Sie die letzten zwei Wochen "
            "nachwirken.",
        ),
        MoonPhase.LAST_QUARTER: (
            "Der abnehmende Halbmond lädt Sie ein, eine Gewohnheit loszulassen, die Ihnen nicht mehr dient.",
            "Bei halb dunklem Mond ist Aufräumen klüger, als sich mehr aufzuladen.",
            "Das letzte Viertel ist ein Wendepunkt fürs Ausmisten, von den Schränken bis zu den Verpflichtungen.",
            "Halb beleuchtet und verblassend bittet der Mond Sie, Dinge zu Ende zu bringen, zu verzeihen und "
            "abzuheften.",
            "Im letzten Viertel lohnt es sich, eine Verpflichtung neu zu verhandeln, die zu schwer geworden ist.",
        ),
        MoonPhase.WANING_CRESCENT: (
            "Die schwindende Mondsichel ruft nach Ruhe, bevor der nächste Zyklus beginnt.",
            "Der balsamische Mond begünstigt Besinnung, Schlaf und stille Abschlüsse.",
            "In den letzten Tagen des Mondzyklus sinkt die Energie; verstehen Sie Müdigkeit als Hinweis, nicht als "
            "Versagen.",
            "Die abnehmende Sichel schließt den Mondmonat ab: Bringen Sie Offenes zu Ende und lassen Sie etwas "
            "Raum frei.",
            "Träume und Tagträume sind unter der abnehmenden Sichel lebhaft, und einige davon sind es wert, "
            "notiert zu werden.",
        ),
    },
    moon_moves="Der Mond beginnt den Tag {moon_in} und beschließt ihn {next_in}, sodass sich die Stimmung im Lauf "
               "der Stunden wandelt.",
    station_direct=(
        "{planet} wird {when} wieder direktläufig, und was ins Stocken geraten war, kommt wieder in Bewegung.",
        "{planet} beendet {when} die Rückläufigkeit: Was festhing, beginnt sich zu lösen.",
        "{planet} nimmt {when} die Vorwärtsbewegung wieder auf, sodass ein Plan, den Sie auf Eis gelegt hatten, "
        "mit besseren Informationen weitergehen kann.",
        "{planet} steht {when} still, um wieder direktläufig zu werden; lassen Sie ein, zwei Tage verstreichen, "
        "bevor Sie richtig Gas geben.",
        "{planet} findet {when} in die gewohnte Bahn zurück, und die Lehren der langsamen Wochen lassen sich "
        "leichter umsetzen.",
        "Eine lange Zeit der Rückschau geht zu Ende, wenn {planet} {when} direktläufig wird; entscheiden Sie, was "
        "Sie daraus behalten.",
        "{planet} zeigt sich {when} wieder direktläufig, und eine lang erwartete Antwort oder Entscheidung kann "
        "endlich kommen.",
        "{planet} bewegt sich {when} wieder vorwärts; kehren Sie zu dem Projekt zurück, das Sie beiseitegelegt "
        "haben, und geben Sie ihm einen echten Schub.",
    ),
    station_retrograde=(
        "{planet} wird {when} rückläufig, also treten Sie kürzer und schauen Sie noch einmal hin, bevor Sie "
        "vorpreschen.",
        "{planet} kommt {when} zum Stillstand und wird rückläufig; rechnen Sie mit Verzögerungen und nutzen Sie "
        "sie, um Bilanz zu ziehen.",
        "{planet} beginnt {when} eine rückläufige Phase – eine Zeit für Überarbeitungen statt für Premieren.",
        "{planet} scheint {when} stillzustehen und umzukehren, und Unerledigtes verlangt erneut Aufmerksamkeit.",
        "{planet} wechselt {when} in die Rückläufigkeit: Schauen Sie auf Ihre jüngsten Entscheidungen zurück und "
        "korrigieren Sie die, die danebenlagen.",
        "Wenn {planet} {when} den Rückwärtsgang einlegt, bringt Geduld Sie weiter als Druck.",
        "{planet} gleitet {when} in die rückläufige Bewegung; lassen Sie Pläne reifen, bevor Sie sie umsetzen.",
        "{planet} kehrt {when} die Richtung um und lädt Sie ein, zu reparieren, nachzubessern und alte "
        "Verbindungen neu zu knüpfen.",
    ),
    ingress_yours=(
        "{planet} wechselt {when} in Ihr Zeichen und bringt frische Energie direkt vor Ihre Haustür.",
        "{planet} kommt {when} in Ihrem Zeichen an, und für Sie persönlich beginnt ein neues Kapitel.",
        "{planet} tritt {when} in Ihr Zeichen ein: Das zeigt sich nun darin, wie Sie wirken, handeln und fühlen.",
        "{planet} zieht {when} in Ihr eigenes Zeichen – ein Anlass, Ziele und Auftreten auf den neuesten Stand "
        "zu bringen.",
        "{planet} lässt sich {when} in Ihrem Zeichen nieder, und andere sehen Sie in einem neuen Licht.",
        "{planet} leistet Ihnen {when} in Ihrem Zeichen Gesellschaft und stärkt alles, was Sie beginnen.",
        "{planet} erreicht {when} Ihr Zeichen; nutzen Sie den Rückenwind und ergreifen Sie die Initiative.",
        "{planet} betritt {when} Ihr Zeichen, und Ihre persönlichen Pläne gewinnen an Gewicht.",
    ),
    ingress=(
        "{planet} kommt {when} {in_sign} an, und die allgemeine Stimmung verschiebt sich spürbar.",
        "{planet} wechselt {when} das Zeichen und steht nun {in_sign}; achten Sie darauf, was dadurch in den "
        "Vordergrund rückt.",
        "{planet} lässt sich {when} {in_sign} nieder und wirkt nun für alle in einer neuen Tonart.",
        "{planet} bezieht {when} Quartier {in_sign}, und ein anderer Bereich Ihres Lebens kommt in Bewegung.",
        "{planet} verlässt {when} ein Zeichen und landet {in_sign}; passen Sie Ihre Pläne der neuen Wetterlage "
        "an.",
        "{planet} beginnt {when} einen Aufenthalt {in_sign}, und der Wandel kommt allmählich statt auf einen "
        "Schlag.",
        "{planet} steht {when} neu {in_sign}, also seien Sie bereit, Gewohnheiten zu ändern, die zum alten "
        "Zeichen passten.",
        "{planet} trifft {when} {in_sign} ein, und erste kleine Anzeichen des Wandels zeigen sich in alltäglichen "
        "Gesprächen.",
    ),
    sun_own=(
        "Die Sonne steht in Ihrem Zeichen: Es ist Ihre Zeit, also zeigen Sie sich.",
        "Mit der Sonne in Ihrem Zeichen sind Energie und Selbstvertrauen auf ihrem Jahreshoch.",
        "Ihre Geburtstagszeit ist da, also feiern Sie sich, ohne sich dafür zu entschuldigen.",
        "Die Sonne erhellt Ihr eigenes Zeichen, und andere reagieren bereitwilliger als sonst auf Ihre "
        "Initiative.",
        "Die Sonne in Ihrem Zeichen markiert Ihr persönliches neues Jahr: Setzen Sie sich Ziele für die "
        "kommenden zwölf Monate.",
        "Die Lebenskraft ist auf Ihrer Seite, während die Sonne durch Ihr Zeichen zieht; stecken Sie sie in ein "
        "Projekt, das wirklich Ihres ist.",
        "Die Sonne in Ihrem Zeichen rückt Sie wie von selbst in den Mittelpunkt; überzeugen Sie mit Wärme statt "
        "mit Lautstärke.",
        "Ihr Gesicht, Ihre Stimme und Ihre Pläne haben mit der Sonne in Ihrem Zeichen besonderes Gewicht.",
    ),
    sun_opposite=(
        "Die Sonne beleuchtet Ihr Gegenzeichen: Andere gehen voran, und Sie lernen durch Beobachten.",
        "Die Sonne auf der anderen Seite des Tierkreises stellt Ihre Beziehungen ins helle Licht.",
        "Mit der Sonne in Ihrem Gegenzeichen zeigen Ihnen Partner wie Rivalen, woran Sie arbeiten können.",
        "Die Sonne gegenüber Ihrem Zeichen macht diese Zeit zu einer Saison der Teamarbeit; gemeinsame Ziele "
        "kommen schneller voran als Alleingänge.",
        "Ihre Energie kann nachlassen, solange die Sonne Ihrem Zeichen gegenübersteht; schlafen Sie gut und "
        "stützen Sie sich auf Ihre Verbündeten.",
        "Die Sonne blickt von der anderen Seite des Himmels auf Ihr Zeichen und bittet Sie, Ihre Bedürfnisse "
        "gegen die eines anderen abzuwägen.",
        "Steht die Sonne in dem Zeichen, das Ihrem gegenüberliegt, lohnt es sich, Verträge und Verpflichtungen "
        "festzumachen.",
        "Die Sonne im Gegenzeichen macht Kompromisse zu einer Stärke, nicht zu einem Verlust.",
    ),
    mercury_retrograde=(
        "Merkur ist rückläufig: Prüfen Sie Nachrichten, Termine und Tickets, bevor Sie etwas abschicken oder "
        "unterschreiben.",
        "Mit rückläufigem Merkur lohnt es sich, alte Pläne wieder aufzugreifen, statt neue zu starten.",
        "Der rückläufige Merkur begünstigt Missverständnisse, also sagen Sie es zweimal und freundlich.",
        "Merkur läuft rückwärts, und Menschen aus der Vergangenheit melden sich vielleicht; antworten Sie "
        "unvoreingenommen.",
        "Solange Merkur rückläufig ist, planen Sie für Reisen mehr Zeit ein und halten Sie Ihre Pläne flexibel.",
        "Ein rückläufiger Merkur eignet sich gut, um ein angefangenes Buch, einen Brief oder ein Gespräch zu "
        "Ende zu bringen.",
        "Merkurs Rückwärtsphase verlangsamt Antworten und Lieferungen, und Geduld erspart Ihnen viel Stress.",
        "Bei rückläufigem Merkur tauchen verlorene Dinge oft wieder auf, also suchen Sie noch einmal dort, wo "
        "Sie schon nachgesehen haben.",
    ),
    slow_retrograde=(
        "{planet} ist rückläufig, eine leise Erinnerung, langfristige Pläne zu überprüfen.",
        "{planet} ist rückläufig, und die Lehren der Vergangenheit halten nützlichen Rat bereit.",
        "{planet} setzt die rückläufige Bewegung fort, daher profitieren langfristige Ziele von geduldigem "
        "Überdenken.",
        "{planet} läuft über Monate rückwärts, und langsamer Fortschritt ist immer noch Fortschritt.",
        "{planet} bleibt rückläufig: Veränderung geschieht zuerst in Ihnen, bevor sie sich nach außen zeigt.",
        "{planet} ist vorerst im Rückwärtsgang, und das begünstigt es, zu vollenden, was Sie früher im Jahr "
        "begonnen haben.",
        "{planet} steckt mitten in der Rückläufigkeit – eine Chance, eine große Entscheidung ohne Eile noch "
        "einmal zu prüfen.",
        "{planet} hält am Rückwärtskurs fest, also stellen Sie alte Ambitionen auf die Probe, bevor Sie sie "
        "wieder aufleben lassen.",
    ),
    closers=(
        "Folgen Sie dem Rhythmus des Himmels: Handeln Sie, wenn die Energie da ist, und ruhen Sie, wenn sie "
        "nachlässt.",
        "Kleine Entscheidungen ergeben zusammen die Veränderung, die Sie suchen.",
        "Bewahren Sie Ihren Humor: Er öffnet mehr Türen als Anstrengung allein.",
        "Was Sie jetzt pflegen, wächst in den kommenden Wochen.",
        "Seien Sie großzügig mit Ihrer Aufmerksamkeit; an dieses Geschenk erinnern sich Menschen am längsten.",
        "Bleiben Sie neugierig: Die Antwort kommt vielleicht von unerwarteter Seite.",
        "Haben Sie Geduld mit sich; Wachstum kündigt sich selten an.",
        "Im Zweifel entscheiden Sie sich für die freundlichere Möglichkeit – und gehen dann weiter.",
        "Beschließen Sie den Tag, indem Sie eine Sache benennen, die gut gelaufen ist.",
        "Lassen Sie den Abend langsam ausklingen und die Eindrücke des Tages sich setzen, bevor Sie schlafen "
        "gehen.",
        "Ein ehrlicher Satz bewirkt mehr als eine Stunde voller Andeutungen.",
        "Lassen Sie ohne schlechtes Gewissen etwas unerledigt – morgen ist auch noch ein Tag.",
    ),

    # ---- Premium sections (daily, weekly, monthly) ----
    love=(
        "In der Liebe zählen {when} ehrliche Worte mehr als große Gesten.",
        "Ein Gespräch, das {when} leicht beginnt, kann in die Tiefe führen.",
        "Wenn Sie Single sind, sagen Sie Ja zu der Einladung, die Sie sonst ablehnen würden.",
        "Zärtlichkeit ist {when} wichtiger als Rechthaben; lassen Sie einen kleinen Streit ruhen.",
        "Planen Sie {when} etwas Einfaches zu zweit: einen Spaziergang, ein Essen, eine Stunde ohne Bildschirm.",
        "Jemand schenkt Ihnen mehr Aufmerksamkeit, als Sie denken.",
        "Alte Muster in der Liebe sind {when} leichter zu erkennen und leichter zu ändern.",
        "Teilen Sie eine Hoffnung, die Sie sonst für sich behalten; das bringt Sie einander näher.",
        "Lassen Sie sich {when} helfen; Fürsorge anzunehmen ist auch eine Form von Nähe.",
        "Eine ersehnte Nachricht könnte {when} eintreffen; antworten Sie von Herzen.",
        "Gemeinsames Lachen kittet {when} mehr als jede lange Erklärung.",
        "Achten Sie {when} darauf, wer für Sie da ist, und sprechen Sie Ihren Dank laut aus.",
    ),
    venus_retrograde=(
        "Venus ist rückläufig, und alte Gefühle oder frühere Lieben melden sich vielleicht noch einmal.",
        "Mit rückläufiger Venus prüfen Sie, was Ihnen wirklich wichtig ist, bevor Sie Geld dafür ausgeben.",
        "Venus ist rückläufig, also verschieben Sie drastische Typveränderungen und große Luxuskäufe.",
        "Während Venus rückwärts läuft, tut es einer Beziehung gut, über ihre Geschichte zu sprechen.",
        "Die rückläufige Venus fragt, was Sie sich wirklich von der Liebe wünschen – im Unterschied zu dem, was "
        "Sie gewohnt sind.",
        "Bei rückläufiger Venus lassen Sie lieber ein Vergnügen aus früheren Tagen wieder aufleben, statt dem "
        "Neuen hinterherzujagen.",
        "Venus ist rückläufig: Alte Verletzungen können aufbrechen, und sanfte Ehrlichkeit hilft, sie zu heilen.",
        "Die Rückläufigkeit der Venus bremst neue Romanzen und gibt Ihnen Zeit, jemanden klar zu sehen.",
    ),
    career=(
        "Im Beruf gilt: Bringen Sie eine Aufgabe sauber zu Ende, bevor Sie die nächste beginnen.",
        "Die Idee einer Kollegin passt gut zu Ihrer; bringen Sie {when} beide zusammen.",
        "In Geldfragen lohnt es sich {when}, das Kleingedruckte genau zu lesen.",
        "Ihre Geduld mit einem zähen Projekt zahlt sich bald aus.",
        "Melden Sie sich {when} in einer Besprechung zu Wort: Genau Ihre Sicht fehlt noch.",
        "Ordnen Sie Pläne und Schreibtisch; Klarheit öffnet die Tür zur nächsten Chance.",
        "Eine praktische Entscheidung, die Sie {when} treffen, erspart Ihnen später Ärger.",
        "Bitten Sie {when} um Rückmeldung; sie fällt freundlicher und nützlicher aus als erwartet.",
        "Reservieren Sie sich {when} eine ruhige Stunde für die Arbeit, die am meisten zählt.",
        "Ein kleines berufliches Wagnis lohnt sich, wenn Sie es sorgfältig vorbereiten.",
        "Sagen Sie {when} zu einer Bitte Nein; Ihre Konzentration ist es wert, geschützt zu werden.",
        "Notieren Sie die Idee, die immer wiederkommt; sie ist praktischer, als sie scheint.",
    ),
    mercury_retrograde_work=(
        "Merkur ist rückläufig, also lesen Sie Verträge und E-Mails zweimal Korrektur, bevor sie Ihren "
        "Schreibtisch verlassen.",
        "Bei rückläufigem Merkur holen Sie einen zurückgestellten Vorschlag wieder aus der Schublade; vielleicht "
        "ist jetzt seine Zeit gekommen.",
        "Merkurs Rückläufigkeit kann Zeitpläne durcheinanderbringen, also bestätigen Sie Termine und Fristen "
        "schriftlich.",
        "Der rückläufige Merkur begünstigt Überarbeiten statt Präsentieren; feilen Sie an dem, was Sie bereits "
        "haben.",
        "Solange Merkur rückwärts läuft, speichern Sie Ihre Arbeit oft und sichern Sie alles Wichtige.",
        "Merkur ist rückläufig – eine gute Phase, um bei Kunden und Kontakten aus früheren Projekten "
        "nachzuhaken.",
        "Mit rückläufigem Merkur fragen Sie lieber nach, bevor Sie annehmen, eine Anweisung verstanden zu haben.",
        "Die Rückwärtsphase des Merkurs eignet sich bei der Arbeit eher für Prüfungen, Ablage und Aufräumen als "
        "für große Ankündigungen.",
    ),
    health=(
        "Trinken Sie {when} mehr Wasser als sonst und spüren Sie den Unterschied.",
        "Ein kurzer Spaziergang bei Tageslicht lädt Ihre Energie besser auf als noch ein Kaffee.",
        "Schlaf ist {when} Ihr bester Verbündeter, also halten Sie an Ihrer Schlafenszeit fest.",
        "Dehnen Sie Rücken und Schultern; dort hat sich Spannung gesammelt.",
        "Wählen Sie {when} einfaches, frisches Essen und essen Sie langsam.",
        "Atmen Sie vor einem anstrengenden Moment fünf Minuten lang tief durch.",
        "Bewegung, die Ihnen Freude macht, zählt mehr als Bewegung, die Sie nur ertragen.",
        "Gönnen Sie Ihren Augen {when} regelmäßig Pausen vom Bildschirm.",
        "Stehen Sie {when} jede Stunde für ein paar Minuten auf und bewegen Sie sich.",
        "Ein warmes Getränk und ein ruhiger Abend helfen Ihrem Körper abzuschalten.",
        "Hören Sie {when} mehr auf Ihren Appetit als auf die Uhr.",
        "Verbringen Sie Zeit mit Menschen, die Sie zum Lachen bringen; das tut Körper und Seele gut.",
    ),
    mars_retrograde=(
        "Mars ist rückläufig: Teilen Sie Ihre Kräfte ein und bringen Sie Dinge zu Ende, bevor Sie Neues "
        "beginnen.",
        "Mit rückläufigem Mars ist Frust ein Zeichen, langsamer zu werden, nicht stärker zu drücken.",
        "Mars ist rückläufig, also bauen Sie Kraft allmählich auf, statt einer Bestleistung hinterherzujagen.",
        "Während Mars rückwärts läuft, wärmen Sie sich gründlich auf und kehren Sie zu einem Sport zurück, der "
        "Ihnen früher Spaß gemacht hat.",
        "Der rückläufige Mars kann Sie schneller ermüden als sonst, also planen Sie Pausen zwischen anstrengenden "
        "Tagen ein.",
        "Bei rückläufigem Mars raubt nach innen gerichteter Ärger Energie; lassen Sie ihn durch Bewegung heraus.",
        "Mars ist rückläufig – achten Sie auf erste Anzeichen von Überlastung und schalten Sie einen Gang zurück, "
        "bevor sie zunehmen.",
        "Die Rückläufigkeit des Mars belohnt Beständigkeit statt Intensität: Kurze, regelmäßige Einheiten "
        "schlagen plötzliche Kraftakte.",
    ),
    moods=("zuversichtlich", "konzentriert", "verspielt", "nachdenklich", "selbstsicher", "zärtlich",
           "neugierig", "gelassen", "dankbar", "mutig", "sanft", "abenteuerlustig"),
    colors=("Tiefblau", "Smaragdgrün", "Gold", "Koralle", "Silber", "Violett", "Terrakotta", "Elfenbein",
            "Türkis", "Rosa", "Bernstein", "Marineblau"),

    # ---- Weekly summary ----
    week_sun_house=(
        # 1
        ("Persönliche Pläne haben diese Woche Vorrang, denn die Sonne strahlt in Ihrem eigenen Zeichen; denken "
         "Sie ohne schlechtes Gewissen zuerst an sich.",
         "Die Geburtstagszeit prägt die Woche: Die Sonne in Ihrem Zeichen stärkt Ihr Selbstvertrauen und Ihre "
         "Lust auf Neuanfänge.",
         "Wie Sie aussehen, sich bewegen und sich vorstellen, hinterlässt einen starken Eindruck, während die "
         "Sonne durch Ihr Zeichen zieht."),
        # 2
        ("Finanzen und Besitz stehen diese Woche in einem hellen, praktischen Licht, denn die Sonne wandert durch "
         "Ihr Haus des Geldes.",
         "Es lohnt sich diese Woche, Ihre Werte mit Ihrem Kontostand zu vergleichen, denn die Sonne steht in Ihrem "
         "zweiten Haus.",
         "Praktischer Komfort und ein sicheres Einkommen sind die Themen der Woche, während die Sonne Ihr Haus "
         "der Ressourcen beleuchtet."),
        # 3
        ("Gespräche, kurze Wege und Erledigungen vor Ort füllen die Woche, während die Sonne Ihr Haus der "
         "Kommunikation erhellt.",
         "Geschwister und Nachbarn spielen diese Woche eine größere Rolle als sonst, denn die Sonne steht in Ihrem "
         "dritten Haus.",
         "Schreiben, anrufen, Ideen vorstellen: Mit der Sonne in Ihrem Haus der Nachrichten ist diese "
         "Woche wie gemacht dafür, sich Gehör zu verschaffen."),
        # 4
        ("Das häusliche Leben steht diese Woche im Vordergrund, denn die Sonne lässt sich am Fundament Ihres "
         "Horoskops nieder.",
         "Familienbande und Projekte rund ums Haus belohnen Ihren Einsatz, während die Sonne durch Ihr viertes "
         "Haus zieht.",
         "Wurzeln zählen jetzt: Mit der Sonne in Ihrem Haus von Heim und Familie zahlt sich eine Woche im "
         "eigenen Nest aus."),
        # 5
        ("Romantik, Kreativität und Spiel erhellen die Woche, während die Sonne durch Ihr Haus der Liebe wandert.",
         "Spaß ist diese Woche keine Nebensache: Die Sonne in Ihrem fünften Haus belohnt Hobbys, Verabredungen "
         "und Zeit mit Kindern.",
         "Ihr kreatives Selbstvertrauen ist groß, während die Sonne Ihr fünftes Haus wärmt, also zeigen Sie "
         "anderen, was Sie erschaffen."),
        # 6
        ("Im Arbeitsalltag und in Ihren Routinen geschieht diese Woche der eigentliche Fortschritt, denn die "
         "Sonne steht in Ihrem sechsten Haus.",
         "Gesunde Gewohnheiten zeigen diese Woche schnell Wirkung, während die Sonne Ihr Haus des Alltags "
         "beleuchtet; beginnen Sie eine, die Sie durchhalten können.",
         "Terminkalender, Schreibtisch und Mahlzeiten zu ordnen, zahlt sich aus, während die Sonne die Woche in "
         "Ihrem Haus der täglichen Arbeit verbringt."),
        # 7
        ("Partnerschaften sind das große Thema der Woche, denn die Sonne in Ihrem siebten Haus beleuchtet die "
         "Menschen, die Ihnen am nächsten stehen.",
         "Verträge, Kooperationen und Gespräche unter vier Augen kommen diese Woche voran, während die Sonne Ihr "
         "Haus der Partnerschaft durchquert.",
         "Andere halten diese Woche den Schlüssel zu Ihren Plänen in der Hand; mit der Sonne gegenüber Ihrem "
         "Zeichen ist Zusammenarbeit besser als ein Alleingang."),
        # 8
        ("Geteilte Finanzen, Schulden und gemeinsame Vorhaben verlangen diese Woche Aufmerksamkeit, denn die "
         "Sonne steht in Ihrem achten Haus.",
         "Tiefe Gespräche und ehrliche Nähe fallen leichter, während die Sonne Ihr Haus der Wandlung erhellt.",
         "Wer Verbrauchtes loslässt, schafft Platz für Neues, und die Sonne in Ihrem achten Haus macht diese "
         "Woche zur richtigen Zeit dafür."),
        # 9
        ("Reisen, Studium und große Ideen rufen diese Woche nach Ihnen, während die Sonne durch Ihr neuntes Haus "
         "zieht.",
         "Der Horizont weitet sich, während die Sonne Ihr Haus des Lernens beleuchtet: Buchen Sie den Kurs, "
         "planen Sie die Reise, schlagen Sie den Atlas auf.",
         "Fragen des Glaubens und des Sinns verdienen diese Woche Ihre Zeit, denn die Sonne steht in Ihrem Haus "
         "der Philosophie."),
        # 10
        ("Berufliche Ziele treten diese Woche ans Tageslicht, denn die Sonne steht am höchsten Punkt Ihres "
         "Horoskops.",
         "Ihr öffentliches Ansehen bekommt Auftrieb, während die Sonne Ihr zehntes Haus durchquert; zeigen Sie "
         "den Entscheidungsträgern, was Sie leisten.",
         "Ehrgeiz und Verantwortung gehen diese Woche Hand in Hand, während die Sonne Ihr Haus des Ansehens "
         "erhellt."),
        # 11
        ("Freundschaften und Gruppenprojekte bringen Sie diese Woche voran, denn die Sonne steht in Ihrem elften "
         "Haus.",
         "Zukunftshoffnungen scheinen greifbar, während die Sonne Ihr Haus der Freundschaft beleuchtet; teilen "
         "Sie sie mit Ihrem Kreis.",
         "Netzwerken, Teamarbeit und Veranstaltungen in Ihrer Gemeinschaft liegen Ihnen diese Woche, während die "
         "Sonne Ihr Haus der Hoffnungen aufhellt."),
        # 12
        ("Ruhe und Besinnung kommen diese Woche zuerst, denn die Sonne steht in Ihrem zwölften Haus, kurz vor "
         "Ihrer Geburtstagszeit.",
         "Stille Arbeit hinter den Kulissen erreicht mehr als öffentlicher Einsatz, während die Sonne durch Ihr "
         "Haus der Zurückgezogenheit zieht.",
         "Verborgene Sorgen lassen sich diese Woche leichter anschauen und loslassen, denn die Sonne erhellt den "
         "privatesten Winkel Ihres Horoskops."),
    ),
    week_lunation={
        MoonPhase.NEW_MOON: (
            "Der Neumond {on_day} {in_sign} ist der Neustart der Woche: Fassen Sie einen Vorsatz und setzen Sie "
            "ihn in aller Stille um.",
            "Ein neuer Mondzyklus beginnt {on_day} mit dem Neumond {in_sign} – ein guter Zeitpunkt, um eine "
            "Gewohnheit zu starten.",
            "{on_day} lädt Sie der Neumond {in_sign} ein, zu benennen, was Sie sich von den nächsten vier Wochen "
            "wünschen.",
        ),
        MoonPhase.FIRST_QUARTER: (
            "Der zunehmende Halbmond {on_day} {in_sign} stellt Ihre Pläne auf die Probe, also kämpfen Sie sich "
            "durch das erste Hindernis.",
            "Entscheidungen werden {on_day} fällig, wenn der Mond {in_sign} sein erstes Viertel erreicht.",
            "{on_day} belohnt ein zunehmender Halbmond {in_sign} Taten mehr als langes Abwägen.",
        ),
        MoonPhase.FULL_MOON: (
            "Der Vollmond {on_day} {in_sign} bringt etwas zur Entscheidung; seien Sie bereit, klar hinzusehen.",
            "Die Gefühle erreichen {on_day} unter dem Vollmond {in_sign} ihren Höhepunkt; planen Sie einen ruhigen "
            "Abend und ein offenes Gespräch.",
            "{on_day} zeigt der Vollmond {in_sign} die Ergebnisse dessen, was Sie vor zwei Wochen begonnen haben.",
        ),
        MoonPhase.LAST_QUARTER: (
            "Der abnehmende Halbmond {on_day} {in_sign} ist ein guter Moment, um auszusortieren, was Sie nicht mehr "
            "brauchen.",
            "Offene Fäden wollen {on_day} verknüpft werden, wenn der Mond {in_sign} sein letztes Viertel erreicht.",
            "{on_day} begünstigt ein abnehmender Halbmond {in_sign} Rückschau, Reparaturen und ehrliche "
            "Abschlüsse.",
        ),
    },
    week_closers=(
        "Nehmen Sie die Woche Tag für Tag und halten Sie sich den Sonntagabend frei.",
        "Spätestens am Wochenende wissen Sie, welche Mühe sich gelohnt hat.",
        "Schreiben Sie die drei Prioritäten der Woche auf Papier – alles andere ist Kür.",
        "Geben Sie sich diese Woche ein Versprechen und halten Sie es.",
        "Ein gleichmäßiger Rhythmus ist diese Woche besser als ein Kraftakt mit anschließendem Einbruch.",
        "Melden Sie sich zur Wochenmitte bei einer Freundin oder einem Freund; ein kurzer Austausch tut Ihnen "
        "beiden gut.",
        "Feiern Sie die kleinen Erfolge der Woche, wenn sie passieren, nicht erst am Ende.",
        "Lassen Sie diese Woche einen Abend ungeplant und schauen Sie, wohin er Sie führt.",
        "Was auch immer die Woche bringt, begegnen Sie dem mit Neugier statt mit Sorge.",
        "Schließen Sie die Woche ab, indem Sie Ihre Umgebung aufräumen, dann beginnt die nächste leichter.",
        "Seien Sie diese Woche großzügig mit Lob; es kostet nichts und beflügelt alle.",
        "Ruhe gehört diese Woche zum Plan und ist keine Belohnung fürs Fertigwerden.",
    ),

    # ---- Monthly summary ----
    month_sun_house=(
        ("In diesem Monat dreht sich alles um Sie: Mit der Sonne in Ihrem Zeichen erneuern Sie Ihre Ziele, Ihr "
         "Auftreten und Ihre Energie.",
         "Ihr Geburtstagsmonat bringt die Sonne in Ihr eigenes Zeichen – eine Chance, zu entscheiden, wer Sie in "
         "diesem Jahr sein wollen."),
        ("Geld und Sicherheit prägen den Monat, während die Sonne durch Ihr zweites Haus zieht; stellen Sie ein "
         "Budget auf, das Ihre Werte widerspiegelt.",
         "Bemühungen, mehr zu verdienen, zu sparen oder Ihre Fähigkeiten angemessen zu bepreisen, werden belohnt, "
         "während die Sonne Ihr Haus der Ressourcen beleuchtet."),
        ("Kommunikation treibt den Monat an, denn die Sonne steht in Ihrem dritten Haus: Lernen Sie, schreiben "
         "Sie, telefonieren Sie und erkunden Sie Ihre Umgebung.",
         "Gespräche mit Geschwistern, Nachbarn und Kollegen zählen diesen Monat mehr, während die Sonne Ihr Haus "
         "der Nachrichten durchquert."),
        ("Heim und Familie geben dem Monat Halt, während die Sonne durch Ihr viertes Haus zieht; investieren Sie "
         "in Ihr Zuhause.",
         "Mit der Sonne am tiefsten Punkt Ihres Horoskops stärkt Sie diesen Monat die Zeit mit der Familie und "
         "bei Ihren Wurzeln."),
        ("Romantik, Kreativität und Kinder färben die kommenden Wochen, während die Sonne Ihr fünftes Haus "
         "besucht.",
         "Spielen ist diesen Monat produktiv: Die Sonne in Ihrem Haus der Liebe lädt zu Verabredungen, Hobbys "
         "und kreativen Wagnissen ein."),
        ("Arbeitsroutinen und Wohlbefinden sind der Schwerpunkt des Monats, denn die Sonne steht in Ihrem "
         "sechsten Haus.",
         "Beständige Gewohnheiten zahlen sich in den kommenden Wochen aus, während die Sonne Ihr Haus von Alltag "
         "und Gesundheit beleuchtet."),
        ("Partnerschaften bestimmen den Monat, denn die Sonne gegenüber Ihrem Zeichen erhellt Ihr siebtes Haus.",
         "Zweierbeziehungen und Vereinbarungen verlangen diesen Monat Aufmerksamkeit, während die Sonne Ihr Haus "
         "der Partnerschaft durchquert."),
        ("Gemeinsame Ressourcen und Intimität sind die tieferen Themen des Monats, denn die Sonne steht in Ihrem "
         "achten Haus.",
         "Tiefgreifende Veränderungen sind diesen Monat möglich: Die Sonne in Ihrem Haus der Wandlung hilft "
         "Ihnen, loszulassen und sich zu erneuern."),
        ("Reisen, Studium und weite Horizonte rufen diesen Monat, denn die Sonne steht in Ihrem neunten Haus.",
         "Lernen und Abenteuer sind die besten Investitionen des Monats, während die Sonne Ihr Haus der Ferne "
         "erhellt."),
        ("Karriere und Ansehen rücken diesen Monat ganz nach oben, denn die Sonne steht am Gipfel Ihres "
         "Horoskops.",
         "Ihre Ambitionen sind diesen Monat für alle sichtbar: Die Sonne in Ihrem zehnten Haus belohnt mutige "
         "berufliche Schritte."),
        ("Freunde, Gruppen und Zukunftspläne füllen Ihren Kalender, denn die Sonne steht den ganzen Monat in "
         "Ihrem elften Haus.",
         "Ihr Netzwerk ist diesen Monat Ihre Stärke, und die Sonne in Ihrem Haus der Hoffnungen bringt "
         "Verbündete zusammen."),
        ("Ein ruhigerer Monat liegt vor Ihnen, denn die Sonne in Ihrem zwölften Haus bereitet Sie auf Ihre "
         "Geburtstagszeit vor.",
         "Ruhe, Besinnung und private Projekte ohne Zeitdruck passen zu diesem Monat, während die Sonne Ihr Haus "
         "der Zurückgezogenheit durchquert."),
    ),
    month_new_moon=(
        "Der Neumond dieses Monats fällt in Ihr eigenes Zeichen – der beste Moment des Jahres, um ein persönliches "
        "Projekt zu beginnen.",
        "Der Neumond in Ihrem Haus des Geldes ist der Moment, einen Sparplan anzulegen oder auf neue Weise Geld "
        "zu verdienen.",
        "Der Neumond dieses Monats in Ihrem dritten Haus eröffnet ein neues Kapitel in der Art, wie Sie lernen, "
        "schreiben und sprechen.",
        "Ein Neumond in Ihrem Haus von Heim und Herkunft passt zu einem Umzug, einer Umgestaltung oder einer "
        "neuen Familientradition.",
        "Der Neumond des Monats fällt in Ihr fünftes Haus und entfacht eine neue Romanze, ein Hobby oder ein "
        "kreatives Projekt.",
        "Ein Neumond in Ihrem sechsten Haus ist ideal für eine neue Arbeitsroutine oder eine gesündere tägliche "
        "Gewohnheit.",
        "Der Neumond dieses Monats in Ihrem Haus der Partnerschaft kann eine neue Beziehung oder eine frische "
        "Vereinbarung einläuten.",
        "Der Neumond in Ihrem achten Haus ist der Moment, gemeinsame Finanzen neu zu ordnen, Schulden zu "
        "begleichen oder Vertrauen wieder aufzubauen.",
        "Ein Neumond in Ihrem neunten Haus öffnet Pläne für Reisen, Studium oder eine neue Sicht auf die Dinge.",
        "Der Neumond dieses Monats am höchsten Punkt Ihres Horoskops setzt ein neues Berufsziel in Gang – "
        "benennen Sie es klar.",
        "Der Neumond in Ihrem Haus der Freundschaft begünstigt es, einer Gruppe beizutreten oder eine langfristige "
        "Hoffnung in Bewegung zu setzen.",
        "Ein Neumond in Ihrem zwölften Haus leitet einen stillen Neustart ein: Ruhen Sie sich aus, denken Sie "
        "nach und lassen Sie alte Sorgen los.",
    ),
    month_full_moon=(
        "Der Vollmond in Ihrem eigenen Zeichen rückt Ihre persönlichen Bedürfnisse ins volle Licht, und Sie sehen "
        "sich selbst klarer.",
        "Der Vollmond dieses Monats in Ihrem Haus des Geldes zeigt, wo Ihre Finanzen stehen; korrigieren Sie in "
        "Ruhe.",
        "Der Vollmond in Ihrem dritten Haus bringt Neuigkeiten, ein entscheidendes Gespräch oder einen fertigen "
        "Text.",
        "Ein Vollmond in Ihrem Haus von Heim und Herd bringt eine Familienangelegenheit zur Sprache; besprechen "
        "Sie sie mit Feingefühl.",
        "Der Vollmond dieses Monats in Ihrem fünften Haus bringt eine Romanze oder ein kreatives Projekt zur "
        "vollen Blüte.",
        "Der Vollmond in Ihrem sechsten Haus zeigt, was Ihre Routine braucht; passen Sie also Arbeitspensum und "
        "Erholung an.",
        "Ein Vollmond in Ihrem Haus der Partnerschaft rückt eine Beziehung ins Licht; bringen Sie Ihre "
        "Bedürfnisse mit denen des anderen ins Gleichgewicht.",
        "Der Vollmond in Ihrem achten Haus führt gemeinsame Finanzen oder Intimität an einen Wendepunkt.",
        "Der Vollmond dieses Monats in Ihrem neunten Haus schließt eine Reise, einen Kurs oder einen "
        "Sinneswandel ab.",
        "Der Vollmond am höchsten Punkt Ihres Horoskops markiert einen beruflichen Meilenstein, und Ihr Einsatz "
        "wird bemerkt.",
        "Ein Vollmond in Ihrem Haus der Freundschaft zeigt, wer wirklich hinter Ihnen steht und welche Hoffnungen "
        "noch passen.",
        "Der Vollmond in Ihrem zwölften Haus bringt verborgene Gefühle ans Licht; nehmen Sie sich ruhige Zeit, "
        "um sie zu ordnen.",
    ),
    month_closers=(
        "Gehen Sie den Monat in vier ruhigen Schritten an, Woche für Woche.",
        "Blicken Sie am Monatsende zurück und erkennen Sie an, wie weit Sie gekommen sind.",
        "Behalten Sie ein Monatsziel gut sichtbar im Blick und lassen Sie sich bei kleinen Entscheidungen davon "
        "leiten.",
        "Ein Monat reicht, um eine Gewohnheit zu ändern; wählen Sie die, die am meisten zählt.",
        "Lassen Sie diesen Monat im Kalender Raum für Ruhe, Freunde und Unerwartetes.",
        "Überprüfen Sie Ihre Pläne zur Monatsmitte und passen Sie sie ohne Bedauern an.",
        "Mögen die Lektionen dieses Monats sanft sein: lernen, anpassen, weitergehen.",
        "Investieren Sie diesen Monat in Beziehungen; sie geben mehr zurück als jeder einzelne Erfolg.",
        "Schaffen Sie diesen Monat Platz für Neues, indem Sie etwas Altes gehen lassen.",
        "Teilen Sie sich Ihre Kräfte über den Monat ein und heben Sie etwas Energie für die letzte Woche auf.",
        "Begegnen Sie allem, was dieser Monat von Ihnen verlangt, mit Geduld und Humor.",
        "Beginnen Sie den Monat mit einem aufgeräumten Schreibtisch und beenden Sie ihn mit einem klaren Kopf.",
    ),

    # ---- Key days ----
    key_moon_house=(
        "Mond in Ihrem ersten Haus: Neustart",
        "Mond in Ihrem Haus des Geldes: Budget planen",
        "Mond in Ihrem Haus der Nachrichten: Kontakt aufnehmen",
        "Mond in Ihrem Haus der Familie: Zuhause genießen",
        "Mond in Ihrem Haus der Romantik: Spiel und Spaß",
        "Mond in Ihrem Haus des Alltags: Ordnung schaffen",
        "Mond in Ihrem Haus der Partnerschaft: zuhören",
        "Mond in Ihrem Haus der Nähe: Vertrauen schenken",
        "Mond in Ihrem Haus der Reisen: Neues entdecken",
        "Mond in Ihrem Haus des Berufs: hoch hinaus",
        "Mond in Ihrem Haus der Freundschaft: Kontakte pflegen",
        "Mond in Ihrem Haus der Ruhe: Kraft tanken",
    ),
    key_moon_yours="Der Mond betritt Ihr Zeichen",
    key_lunation={
        MoonPhase.NEW_MOON: "Neumond {in_sign}",
        MoonPhase.FIRST_QUARTER: "Zunehmender Halbmond {in_sign}",
        MoonPhase.FULL_MOON: "Vollmond {in_sign}",
        MoonPhase.LAST_QUARTER: "Abnehmender Halbmond {in_sign}",
    },
    key_ingress="{planet} steht nun {in_sign}",
    key_ingress_yours="{planet} wechselt in Ihr Zeichen",
    key_station_retrograde="{planet} wird rückläufig",
    key_station_direct="{planet} wird wieder direktläufig",
)
