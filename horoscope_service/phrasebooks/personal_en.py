"""English phrases for personal horoscopes (see `horoscope_service.phrasebooks.personal`)."""

from horoscope_service.model import Aspect, Body
from horoscope_service.phrasebooks.personal import PersonalBook

PERSONAL = PersonalBook(
    transits={
        # ---- The Moon: mood, needs, the day's feelings (a Moon transit lasts hours) ----
        (Body.MOON, Aspect.CONJUNCTION, Body.SUN): (
            "Today's Moon meets your natal Sun, a small monthly fresh start: your feelings line up with who you are, "
            "so begin something that is truly yours."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.MOON): (
            "Today's Moon returns to its place in your birth chart, your monthly lunar return: notice what makes you "
            "feel at home and give yourself exactly that."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.MERCURY): (
            "Feelings find words easily as the Moon crosses your natal Mercury, so say the heartfelt thing today "
            "instead of rehearsing it in your head."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.VENUS): (
            "Affection comes naturally while the Moon sits on your natal Venus; reach for the person you love, or "
            "spend a little on something that delights you."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.MARS): (
            "When the Moon joins your natal Mars, your mood turns to action: pour the surge into a brisk walk or a "
            "stubborn chore before it becomes temper."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.JUPITER): (
            "Your spirits and your generosity rise together as today's Moon touches your birth Jupiter; share freely, "
            "but keep portions and promises sensible."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.SATURN): (
            "The Moon crosses your natal Saturn and feelings turn sober for a few hours; a quiet, useful task steadies "
            "you better than brooding over what's undone."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.SUN): (
            "A sextile from the Moon to your natal Sun gives your confidence a small lift today, enough to ask for "
            "something you want if you speak up."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.MOON): (
            "Invite someone over or cook a meal that tastes like home: the Moon's sextile to your own natal Moon opens "
            "a gentle door to comfort."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.MERCURY): (
            "The Moon sextiles your natal Mercury, and a warm conversation is there for the taking, as long as you are "
            "the one who picks up the phone."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.VENUS): (
            "Small kindnesses count double today, with the Moon in sextile to your birth Venus; a sweet message or a "
            "shared coffee opens hearts."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.MARS): (
            "With the Moon sextile your natal Mars, you have just enough nerve to restart a stalled job; begin within "
            "the hour and momentum will follow."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.JUPITER): (
            "Today's Moon sextiles your natal Jupiter, opening a hopeful mood; say yes to the small invitation that "
            "makes your world a little wider."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.SATURN): (
            "Duties feel lighter while the Moon sextiles your natal Saturn, so pick the responsibility you have been "
            "dodging and settle it calmly today."
        ),
        (Body.MOON, Aspect.SQUARE, Body.SUN): (
            "The Moon squares your natal Sun, and for a few hours your mood and your aims pull apart; let that "
            "restlessness push one stalled plan forward."
        ),
        (Body.MOON, Aspect.SQUARE, Body.MOON): (
            "A little emotional static comes with the Moon's square to your own birth Moon; notice what feels missing "
            "at home and fix one small thing today."
        ),
        (Body.MOON, Aspect.SQUARE, Body.MERCURY): (
            "Feelings can cloud your words while the Moon squares your natal Mercury, so reread messages once before "
            "sending and ask instead of assuming."
        ),
        (Body.MOON, Aspect.SQUARE, Body.VENUS): (
            "Craving comfort under the Moon's square to your natal Venus, you may be tempted to overspend or "
            "overindulge; choose one treat and savor it."
        ),
        (Body.MOON, Aspect.SQUARE, Body.MARS): (
            "Irritation rises quickly as the Moon squares your natal Mars; turn the heat into a workout, a repair or a "
            "firm but fair request."
        ),
        (Body.MOON, Aspect.SQUARE, Body.JUPITER): (
            "Today's Moon squares your natal Jupiter, tempting you to promise more than you can give; generosity is "
            "lovely, but check your calendar first."
        ),
        (Body.MOON, Aspect.SQUARE, Body.SATURN): (
            "A duty may feel heavy or a worry loud while the Moon squares your birth Saturn; tackle the smallest piece "
            "first and the weight begins to lift."
        ),
        (Body.MOON, Aspect.TRINE, Body.SUN): (
            "Heart and purpose walk in step today, thanks to the Moon's trine to your natal Sun, and the things you "
            "care about move with little effort."
        ),
        (Body.MOON, Aspect.TRINE, Body.MOON): (
            "The Moon trines your own natal Moon, bringing a soft, easy mood that makes home the best place to be; "
            "rest there without apology."
        ),
        (Body.MOON, Aspect.TRINE, Body.MERCURY): (
            "Kind words flow while the Moon trines your natal Mercury, a good moment to write, explain, or simply "
            "catch up with someone you miss."
        ),
        (Body.MOON, Aspect.TRINE, Body.VENUS): (
            "The Moon's trine to your natal Venus sweetens the day: affection is returned easily, and small pleasures "
            "like music or a good meal feel just right."
        ),
        (Body.MOON, Aspect.TRINE, Body.MARS): (
            "Steady, good-natured energy comes with the Moon in trine to your birth Mars, ideal for finishing a job "
            "you started days ago."
        ),
        (Body.MOON, Aspect.TRINE, Body.JUPITER): (
            "When the Moon trines your natal Jupiter, your outlook brightens, and a hopeful idea or a generous gesture "
            "today brings back more than you expect."
        ),
        (Body.MOON, Aspect.TRINE, Body.SATURN): (
            "Discipline feels calm instead of grim as the Moon trines your natal Saturn; sort a drawer, a budget or a "
            "plan and enjoy feeling settled."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.SUN): (
            "Today's Moon stands opposite your natal Sun, a personal full moon: someone close may mirror your needs "
            "back to you, so weigh their wishes with yours."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.MOON): (
            "Your needs and someone else's pull different ways while the Moon opposes your own natal Moon; name yours "
            "kindly, then really listen to theirs."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.MERCURY): (
            "Others may read your words through their own mood with the Moon opposite your natal Mercury; hear their "
            "side first, then explain yours."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.VENUS): (
            "The Moon opposes your birth Venus, asking you to balance what you give in love with what you receive; let "
            "someone spoil you a little today."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.MARS): (
            "Opposite your natal Mars, the Moon can make other people seem pushy, or make you seem so to them; pick "
            "your battles and keep your voice level."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.JUPITER): (
            "Someone else's big plans may tug at yours as the Moon opposes your natal Jupiter; enthusiasm is catching, "
            "so decide what truly deserves your yes."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.SATURN): (
            "With the Moon opposite your natal Saturn, other people's demands press on your sense of duty; agree on a "
            "fair share instead of carrying it all."
        ),

        # ---- The Sun: vitality, attention, will ----
        (Body.SUN, Aspect.CONJUNCTION, Body.SUN): (
            "The Sun returns to your natal Sun, your solar return and birthday season: celebrate who you are and set "
            "one clear intention for the year ahead."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.MOON): (
            "As the Sun crosses your natal Moon, light falls on what you need to feel safe; tend your home and your "
            "heart, and a fresh start follows."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.MERCURY): (
            "Your mind is bright and your voice carries while the Sun meets your natal Mercury, so present the idea, "
            "pitch the plan and speak up."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.VENUS): (
            "The Sun joins your birth Venus and puts your warmth on display; it is a lovely moment to begin a romance "
            "or to refresh the one you have."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.MARS): (
            "Willpower and drive fuse as the Sun meets your natal Mars: start the project that needs stamina, and lead "
            "rather than wait for permission."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.JUPITER): (
            "With the Sun lighting up your natal Jupiter, optimism and good fortune run high; begin something "
            "generous, but still read the fine print."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.SATURN): (
            "The Sun meets your natal Saturn, shining a sober light on your responsibilities, which makes it a solid "
            "moment to commit to a long-term goal."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.SUN): (
            "Under the Sun's sextile to your natal Sun, a modest chance to show your talents appears, and it rewards "
            "whoever steps forward first."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.MOON): (
            "The Sun sextiles your natal Moon, opening a chance to warm up home life; invite family or friends over "
            "and let them see how you really are."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.MERCURY): (
            "Good ideas are within reach while the Sun sextiles your birth Mercury; write them down, share them, and "
            "follow up while they are fresh."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.VENUS): (
            "A kind word or a small gift could open a door in love, with the Sun sextile your natal Venus; all you "
            "have to do is offer it."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.MARS): (
            "The Sun's sextile to your natal Mars offers a burst of get-up-and-go, and the task you keep putting off "
            "finally gives way if you use it."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.JUPITER): (
            "Apply, ask or introduce yourself: the Sun sextiles your natal Jupiter, and this lucky opening rewards the "
            "person who knocks."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.SATURN): (
            "Steady effort pays off while the Sun sextiles your natal Saturn, so put an hour into something built to "
            "last, like savings, skills or a routine."
        ),
        (Body.SUN, Aspect.SQUARE, Body.SUN): (
            "The Sun squares your natal Sun, a checkpoint in your personal year; friction with your own plans shows "
            "exactly where to change course."
        ),
        (Body.SUN, Aspect.SQUARE, Body.MOON): (
            "Outside demands compete with your need for comfort as the Sun squares your birth Moon; guard some quiet "
            "time, then act on what truly matters."
        ),
        (Body.SUN, Aspect.SQUARE, Body.MERCURY): (
            "You may push an opinion harder than needed while the Sun squares your natal Mercury; make your point "
            "once, clearly, and then listen."
        ),
        (Body.SUN, Aspect.SQUARE, Body.VENUS): (
            "With the Sun square your natal Venus, pride or small disagreements can ruffle love; address the real "
            "issue rather than the surface one."
        ),
        (Body.SUN, Aspect.SQUARE, Body.MARS): (
            "Impatience runs high as the Sun squares your natal Mars, which makes it good fuel for hard work and poor "
            "fuel for arguments."
        ),
        (Body.SUN, Aspect.SQUARE, Body.JUPITER): (
            "The Sun squares your natal Jupiter, and overcommitting is tempting; keep the enthusiasm, but trim the "
            "plan to what you can actually deliver."
        ),
        (Body.SUN, Aspect.SQUARE, Body.SATURN): (
            "Obstacles and people in charge test your will while the Sun squares your birth Saturn; quiet persistence "
            "gets further than a showdown."
        ),
        (Body.SUN, Aspect.TRINE, Body.SUN): (
            "The Sun trines your natal Sun, so you feel like yourself and others notice; things go your way when you "
            "act from your natural strengths."
        ),
        (Body.SUN, Aspect.TRINE, Body.MOON): (
            "Head and heart agree under the Sun's trine to your natal Moon, and family life feels easier, along with "
            "simply being at ease in your own skin."
        ),
        (Body.SUN, Aspect.TRINE, Body.MERCURY): (
            "Clarity and confidence fill your words as the Sun trines your natal Mercury, so negotiations, writing and "
            "study flow without strain."
        ),
        (Body.SUN, Aspect.TRINE, Body.VENUS): (
            "Charm comes effortlessly while the Sun trines your birth Venus, and people enjoy your company; make room "
            "for friends, music and a little beauty."
        ),
        (Body.SUN, Aspect.TRINE, Body.MARS): (
            "With the Sun in trine to your natal Mars, energy and purpose pull together, and sport, projects and bold "
            "moves all go smoothly."
        ),
        (Body.SUN, Aspect.TRINE, Body.JUPITER): (
            "The Sun trines your natal Jupiter, a generous, lucky current; share your good fortune and say yes to "
            "something that stretches you."
        ),
        (Body.SUN, Aspect.TRINE, Body.SATURN): (
            "Your efforts find solid ground as the Sun trines your natal Saturn, a fine time to plan, organize and "
            "earn quiet respect."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.SUN): (
            "The Sun opposes your natal Sun, the halfway point of your personal year; the people around you reflect "
            "who you have become, so take an honest look."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.MOON): (
            "What the world asks of you and what you need at home pull apart while the Sun opposes your natal Moon; "
            "balance both rather than sacrifice one."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.MERCURY): (
            "The Sun opposes your birth Mercury, setting your ideas against other people's; a good debate sharpens "
            "your thinking if you stay curious."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.VENUS): (
            "Someone may mirror your desires back to you as the Sun opposes your natal Venus; notice who attracts you, "
            "and why."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.MARS): (
            "Others may push back on your plans while the Sun opposes your natal Mars; stand firm, but push no harder "
            "than the moment requires."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.JUPITER): (
            "Promises can swell on both sides of a deal with the Sun opposite your natal Jupiter; enjoy the optimism "
            "and agree on realistic terms."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.SATURN): (
            "The Sun opposes your natal Saturn, and someone may hold you to a duty or a limit; meet them fairly and "
            "keep your obligations in balance."
        ),

        # ---- Mercury: talk, plans, messages, travel ----
        (Body.MERCURY, Aspect.CONJUNCTION, Body.SUN): (
            "Mercury meets your natal Sun, putting your ideas and your identity in the same spotlight; speak up about "
            "what you want and map out the next move."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.MOON): (
            "Feelings want words while Mercury crosses your natal Moon, so talk with family, write down what is on "
            "your heart, or plan a small change at home."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.MERCURY): (
            "Mercury returns to its place in your birth chart, a fresh start for your thinking; begin a course, a "
            "journal or a new way of organizing your days."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.VENUS): (
            "Sweet words come naturally as Mercury joins your natal Venus: write the love note, compliment a friend, "
            "or negotiate a fair price."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.MARS): (
            "Mercury meets your natal Mars, sharpening your tongue and speeding up decisions; speak with conviction, "
            "and aim the edge at problems, not people."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.JUPITER): (
            "Big plans and good news fill your head with Mercury on your birth Jupiter; think broadly, then check the "
            "details before you sign."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.SATURN): (
            "Mercury crosses your natal Saturn and your thoughts turn practical, a good time for contracts, budgets "
            "and difficult conversations handled calmly."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.SUN): (
            "One useful conversation can move your goals along now that Mercury sextiles your natal Sun, so send the "
            "pitch or make the call yourself."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.MOON): (
            "Mercury sextiles your natal Moon, giving you a gentle way into talking about feelings; start the "
            "conversation at home you have been saving."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.MERCURY): (
            "Ideas connect easily while Mercury sextiles its own place in your chart; take the chance to learn "
            "something, swap notes or plan a short trip."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.VENUS): (
            "A friendly message could spark romance or smooth a money matter, since Mercury sextiles your birth Venus; "
            "the charm is there if you use it."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.MARS): (
            "Quick thinking meets quick action with Mercury sextile your natal Mars, so draft the plan and begin "
            "before the idea cools."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.JUPITER): (
            "Mercury sextiles your natal Jupiter, and good news can arrive through study, travel or a well-placed "
            "question, so go ahead and ask it."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.SATURN): (
            "Sit down with a calendar and turn a vague intention into steps: Mercury's sextile to your natal Saturn "
            "rewards careful planning."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.SUN): (
            "Mercury squares your natal Sun, so your words and your aims may not match; clarify what you mean before "
            "others decide it for you."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.MOON): (
            "Moods color conversations while Mercury squares your birth Moon; if a talk at home gets tense, say how "
            "you feel rather than what they did."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.MERCURY): (
            "Plans and messages tangle as Mercury squares its own natal position; double-check times and addresses, "
            "and let the friction force a clearer plan."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.VENUS): (
            "With Mercury square your natal Venus, a chat about romance or spending can go awry; choose your words "
            "kindly and be specific about what you want."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.MARS): (
            "Arguments flare quickly while Mercury squares your natal Mars, so make your point with facts, then step "
            "back before it becomes a contest."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.JUPITER): (
            "Mercury squares your natal Jupiter and big ideas outrun the details; promise a little less, read the fine "
            "print, and your plans will hold."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.SATURN): (
            "Doubts and delays may slow your plans under Mercury's square to your natal Saturn; work through the "
            "obstacle one step at a time instead of giving up."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.SUN): (
            "Mercury trines your natal Sun, making self-expression easy; present your work or your plan, and people "
            "will follow your thinking."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.MOON): (
            "Heart-to-heart talks feel natural as Mercury trines your natal Moon, letting feelings and words flow "
            "together at home and with old friends."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.MERCURY): (
            "Your mind works at its best while Mercury trines its own natal place; study, write, travel, or solve the "
            "puzzle that has stumped you."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.VENUS): (
            "Mercury's trine to your birth Venus makes you persuasive and gracious, a lovely time for courtship, "
            "thank-you notes and friendly deals."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.MARS): (
            "With Mercury in trine to your natal Mars, your thinking is quick and decisive; take the problem head-on "
            "and the solution comes readily."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.JUPITER): (
            "Plan a trip, pitch a big idea or learn something that widens your view: Mercury trines your natal "
            "Jupiter, and good ideas bring good news."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.SATURN): (
            "Mercury trines your natal Saturn, lending patience and focus to your plans, so detailed work, contracts "
            "and long-range thinking go well."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.SUN): (
            "Others may question your plans while Mercury opposes your natal Sun; listen to their view and you will "
            "learn what needs explaining better."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.MOON): (
            "Someone's words may touch a nerve with Mercury opposite your natal Moon; answer once you are calm, and "
            "balance logic with feeling."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.MERCURY): (
            "Mercury opposes its own natal place, so your ideas meet their opposite in someone else; the debate "
            "clarifies things if you both keep listening."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.VENUS): (
            "A conversation about love or money has two sides as Mercury opposes your natal Venus; find the middle "
            "ground where both of you feel valued."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.MARS): (
            "Mercury opposes your birth Mars, and debates may turn heated; argue the point, not the person, and know "
            "when to let it drop."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.JUPITER): (
            "Details and the big picture pull against each other with Mercury opposite your natal Jupiter; weigh both "
            "before agreeing to anything large."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.SATURN): (
            "Mercury opposes your natal Saturn, and a cautious voice may question your ideas; answer with facts, keep "
            "the fair points, and let the rest go."
        ),

        # ---- Venus: affection, pleasure, money, harmony ----
        (Body.VENUS, Aspect.CONJUNCTION, Body.SUN): (
            "Venus meets your natal Sun and you are warmly received wherever you go; start something you love, dress "
            "up a little, and let others appreciate you."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.MOON): (
            "Venus crosses your natal Moon, bringing tenderness home: make your space beautiful, share a meal with "
            "loved ones, and let yourself be cared for."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.MERCURY): (
            "Your words take on charm as Venus joins your natal Mercury, so write, flirt or negotiate, because "
            "kindness in speech pays off."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.VENUS): (
            "Venus comes home to its place in your birth chart, renewing what you love and value; ask what truly "
            "delights you and begin to invest in it."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.MARS): (
            "Desire and affection merge while Venus meets your natal Mars, and both romance and creative passion "
            "spark, so act on the attraction."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.JUPITER): (
            "Venus joins your birth Jupiter, one of the sweetest touches for love and money; enjoy the generosity "
            "around you, and keep an eye on spending."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.SATURN): (
            "Commitment comes to the fore as Venus crosses your natal Saturn; a serious talk about love or money can "
            "lay the groundwork for something lasting."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.SUN): (
            "Pleasant company is close at hand while Venus sextiles your natal Sun; accept the invitation, or better "
            "still, send one yourself."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.MOON): (
            "Make home a little cozier while Venus sextiles your natal Moon: invite someone dear, or add a small "
            "comfort such as fresh flowers or soft light."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.MERCURY): (
            "Venus sextiles your natal Mercury and kind words come easily; send the compliment or the thank-you note, "
            "and goodwill flows back to you."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.VENUS): (
            "Venus sextiles its own natal place, a small chance to enjoy what you value; plan a date, visit a gallery, "
            "or buy one meaningful thing."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.MARS): (
            "A romantic or creative spark is yours to catch with Venus sextile your birth Mars, but only if you make "
            "the first move."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.JUPITER): (
            "Venus sextiles your natal Jupiter, hinting at a lucky break in love or money; say yes to the offer, after "
            "reading its terms."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.SATURN): (
            "Loyalty shown in practical ways pays off while Venus sextiles your natal Saturn, so set some savings "
            "aside or keep a promise to someone dear."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.SUN): (
            "Venus squares your natal Sun, and wanting to be liked may clash with being true to yourself; choose "
            "honesty, said kindly."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.MOON): (
            "Emotional needs and pleasure pull apart under Venus's square to your natal Moon; comfort shopping won't "
            "fix it, but a frank, gentle talk will."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.MERCURY): (
            "With Venus square your natal Mercury, polite words may hide real feelings; say what you mean with tact, "
            "and skip the impulse buys."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.VENUS): (
            "What you value may feel out of step with what you have as Venus squares its own natal place; rethink one "
            "habit in love or spending."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.MARS): (
            "Venus squares your birth Mars, stirring desire and friction together; a lovers' quarrel can clear the air "
            "as long as you both fight fair."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.JUPITER): (
            "Too much of a good thing is tempting while Venus squares your natal Jupiter; enjoy yourself, but set a "
            "budget before the fun begins."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.SATURN): (
            "Love or money may feel restricted with Venus square your natal Saturn, and that pressure is a useful cue "
            "to fix what is not working."
        ),
        (Body.VENUS, Aspect.TRINE, Body.SUN): (
            "Venus trines your natal Sun, making you easy to love and easy to please; enjoy the attention and share "
            "your warmth freely."
        ),
        (Body.VENUS, Aspect.TRINE, Body.MOON): (
            "Harmony settles over home and heart as Venus trines your birth Moon; spend time with the people who make "
            "you feel safe."
        ),
        (Body.VENUS, Aspect.TRINE, Body.MERCURY): (
            "Gracious words come without effort while Venus trines your natal Mercury, so negotiate, write or speak of "
            "love, because people want to listen."
        ),
        (Body.VENUS, Aspect.TRINE, Body.VENUS): (
            "Venus trines its own natal place, a sweet, easy current for love and pleasure; relax into good company "
            "and spend on what you truly value."
        ),
        (Body.VENUS, Aspect.TRINE, Body.MARS): (
            "Passion and affection flow together with Venus in trine to your natal Mars, and romance, art and play all "
            "thrive."
        ),
        (Body.VENUS, Aspect.TRINE, Body.JUPITER): (
            "Kindness returns with interest while Venus trines your natal Jupiter, one of the luckiest touches for "
            "love and money, so be generous."
        ),
        (Body.VENUS, Aspect.TRINE, Body.SATURN): (
            "Venus trines your natal Saturn, steadying relationships and finances; it is a good time for a lasting "
            "promise or a sensible investment."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.SUN): (
            "Venus opposes your natal Sun, and a partner or friend may mirror your wishes back to you; meet halfway "
            "and let affection soften pride."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.MOON): (
            "Your needs and someone else's desires pull in different directions with Venus opposite your natal Moon; "
            "look for a comfort you can both share."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.MERCURY): (
            "Talks about love or money have two sides while Venus opposes your birth Mercury; listen for what the "
            "other person truly values."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.VENUS): (
            "Relationships become a mirror as Venus opposes its own natal place: what you seek in others shows what "
            "you are ready to give yourself."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.MARS): (
            "Attraction and tension rise together with Venus opposite your natal Mars; balance wanting with giving, "
            "and the spark stays sweet."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.JUPITER): (
            "Venus opposes your natal Jupiter, and others may tempt you toward big gestures and indulgence; enjoy them "
            "without letting generosity outrun sense."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.SATURN): (
            "Love may ask for patience, or duty may crowd out pleasure, while Venus opposes your natal Saturn; weigh "
            "both and choose what deserves your time."
        ),

        # ---- Mars: drive, anger, courage, action ----
        (Body.MARS, Aspect.CONJUNCTION, Body.SUN): (
            "Mars meets your natal Sun, charging your will and vitality; launch something bold, and spend the extra "
            "heat on action rather than arguments."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.MOON): (
            "Strong feelings stir at home as Mars crosses your natal Moon, so fix, clean or rearrange something, and "
            "keep tempers out of family talks."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.MERCURY): (
            "Your mind is quick and your words are sharp with Mars on your natal Mercury; argue with conviction, but "
            "choose battles worth having."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.VENUS): (
            "Mars meets your birth Venus and kindles passion; make a bold romantic move, or pour the energy into "
            "something you create with your hands."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.MARS): (
            "Mars returns to its own place in your birth chart, starting a new two-year cycle of drive; decide where "
            "to aim your courage and begin."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.JUPITER): (
            "Mars joins your natal Jupiter and adds fuel to your ambitions; take a daring step toward growth, and keep "
            "overconfidence in check."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.SATURN): (
            "Drive meets discipline as Mars crosses your natal Saturn; frustration is likely, but patient, steady "
            "effort gets you through the wall."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.SUN): (
            "A sextile from Mars to your natal Sun gives you a window for confident action; seize it by tackling a "
            "goal you keep postponing."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.MOON): (
            "Energy for home improvements and honest family talks arrives with Mars sextile your natal Moon; start a "
            "practical project while the motivation lasts."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.MERCURY): (
            "Mars sextiles your birth Mercury and sharpens your thinking: make the decision, send the proposal, and "
            "move your plans forward."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.VENUS): (
            "Romance and pleasure respond to initiative while Mars sextiles your natal Venus, so plan a date or an "
            "outing and make it happen."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.MARS): (
            "Mars sextiles its own natal place, offering steady extra energy; put it into exercise, a project, or that "
            "overdue task on your list."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.JUPITER): (
            "Pitch the idea, sign up, or take the leap: Mars sextiles your natal Jupiter, and bold action has room to "
            "grow into something rewarding."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.SATURN): (
            "Hard work pays off with Mars sextile your natal Saturn; put your energy into long-term structures and "
            "watch them hold."
        ),
        (Body.MARS, Aspect.SQUARE, Body.SUN): (
            "Mars squares your natal Sun, and clashes of will are possible; use the pressure to push past an obstacle "
            "instead of pushing people."
        ),
        (Body.MARS, Aspect.SQUARE, Body.MOON): (
            "Irritability may surface at home while Mars squares your birth Moon; name what bothers you early, before "
            "it has a chance to boil over."
        ),
        (Body.MARS, Aspect.SQUARE, Body.MERCURY): (
            "Words can turn sharp and decisions hasty as Mars squares your natal Mercury; count to ten, then say what "
            "needs saying, plainly."
        ),
        (Body.MARS, Aspect.SQUARE, Body.VENUS): (
            "Mars squares your natal Venus, creating friction between desire and harmony; a disagreement in love can "
            "lead to honesty if you stay fair."
        ),
        (Body.MARS, Aspect.SQUARE, Body.MARS): (
            "Mars squares its own natal place, a checkpoint in your two-year cycle of drive; frustration shows where "
            "your usual approach has stopped working."
        ),
        (Body.MARS, Aspect.SQUARE, Body.JUPITER): (
            "Taking on too much is tempting with Mars square your natal Jupiter; ambition is welcome, but pace "
            "yourself and check the risks."
        ),
        (Body.MARS, Aspect.SQUARE, Body.SATURN): (
            "Effort meets resistance while Mars squares your natal Saturn, so avoid forcing the issue and work "
            "patiently around the obstacle."
        ),
        (Body.MARS, Aspect.TRINE, Body.SUN): (
            "Mars trines your birth Sun, and vitality and confidence are in easy supply; take the lead, start the "
            "project, and enjoy the momentum."
        ),
        (Body.MARS, Aspect.TRINE, Body.MOON): (
            "Emotion turns into helpful action as Mars trines your natal Moon: cook, build or clean at home, and savor "
            "the satisfaction."
        ),
        (Body.MARS, Aspect.TRINE, Body.MERCURY): (
            "With Mars in trine to your natal Mercury, your thinking is decisive and your words persuasive, so debate, "
            "pitch or write with confidence."
        ),
        (Body.MARS, Aspect.TRINE, Body.VENUS): (
            "Mars trines your natal Venus, blending passion and tenderness with ease; romance, creative work and "
            "social life all flourish."
        ),
        (Body.MARS, Aspect.TRINE, Body.MARS): (
            "Your energy flows freely while Mars trines its own natal place, a great time for sport, hard work and any "
            "bold beginning."
        ),
        (Body.MARS, Aspect.TRINE, Body.JUPITER): (
            "Courage and luck work together under Mars's trine to your natal Jupiter; take a calculated risk, because "
            "fortune favors your initiative."
        ),
        (Body.MARS, Aspect.TRINE, Body.SATURN): (
            "Mars trines your birth Saturn, bringing disciplined energy; steady, focused effort builds something that "
            "will last."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.SUN): (
            "Mars opposes your natal Sun, and someone may challenge you directly; stand your ground calmly and look "
            "for balance rather than victory."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.MOON): (
            "Other people's actions may stir your emotions with Mars opposite your natal Moon; respond from calm, not "
            "from hurt, and keep home a truce zone."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.MERCURY): (
            "Debates can get heated while Mars opposes your natal Mercury; listen to the other side fully before you "
            "answer."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.VENUS): (
            "Attraction and conflict spark together as Mars opposes your birth Venus; balance passion with patience, "
            "and the tension can draw you closer."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.MARS): (
            "Mars opposes its own natal place, the halfway mark of your Mars cycle; other people's ambitions test "
            "yours, so adjust rather than fight."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.JUPITER): (
            "Someone else's push may tempt you into overreach with Mars opposite your natal Jupiter; pause, weigh the "
            "cost, and act on what is realistic."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.SATURN): (
            "Urgency and caution pull against each other as Mars opposes your natal Saturn; let the tension show you "
            "which rule to bend and which to keep."
        ),

        # ---- Jupiter: growth, luck, generosity, excess ----
        (Body.JUPITER, Aspect.CONJUNCTION, Body.SUN): (
            "Jupiter meets your natal Sun, opening a generous new chapter of growth and confidence; dream big and let "
            "your light reach further than before."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.MOON): (
            "Your sense of home and belonging expands as Jupiter crosses your natal Moon; nurture family ties, and "
            "perhaps make more room in your living space."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.MERCURY): (
            "With Jupiter on your natal Mercury, your mind opens to big ideas; study, publish, travel or teach, and "
            "watch your voice carry further."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.VENUS): (
            "Jupiter meets your birth Venus, a bountiful stretch for love and money; savor the abundance, and remember "
            "that more is not always better."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.MARS): (
            "Jupiter joins your natal Mars, boosting courage and ambition; start a bold venture, but keep your "
            "enthusiasm tied to a plan."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.JUPITER): (
            "Jupiter returns to its own place in your birth chart, your twelve-year Jupiter return; a fresh cycle of "
            "growth begins, so choose where to expand."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.SATURN): (
            "Hope meets responsibility as Jupiter crosses your natal Saturn, and the structures you have built can "
            "grow; expand them wisely, one level at a time."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.SUN): (
            "Recognition is within reach as Jupiter sextiles your natal Sun, but the door opens only for a clear, "
            "confident offer, so make yours."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.MOON): (
            "Jupiter sextiles your natal Moon, inviting more warmth into your home life; host a gathering, reconnect "
            "with family, or make room for someone new."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.MERCURY): (
            "Chances to learn and share ideas multiply while Jupiter sextiles your birth Mercury; sign up, speak up, "
            "or plan the trip you keep mentioning."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.VENUS): (
            "Say yes to new people and new experiences: Jupiter sextiles your natal Venus, and openings for love and "
            "pleasure appear to those who look."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.MARS): (
            "Jupiter sextiles your natal Mars, opening a window for bold, rewarding action; the effort you invest "
            "during this stretch has room to pay off."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.JUPITER): (
            "Jupiter sextiles its own natal place, a lucky opening in your twelve-year cycle of growth; take the "
            "chance when it appears, because it will not wait."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.SATURN): (
            "Steady effort finds support with Jupiter sextile your natal Saturn, so ask for the backing, promotion or "
            "mentor you need."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.SUN): (
            "Jupiter squares your birth Sun, and ambition may outgrow your plans; let the friction stretch you, but "
            "keep your promises realistic."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.MOON): (
            "Emotions run large and home may feel cramped while Jupiter squares your natal Moon; decide what you "
            "really need before adding anything more."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.MERCURY): (
            "Big plans may skip the details under Jupiter's square to your natal Mercury; check the facts, narrow the "
            "scope, then push ahead with confidence."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.VENUS): (
            "Jupiter squares your natal Venus, tempting you to overspend or overpromise in love; enjoy your pleasures, "
            "but set sensible limits."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.MARS): (
            "Risk-taking feels irresistible as Jupiter squares your natal Mars; channel the urge into a well-planned "
            "push rather than a reckless leap."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.JUPITER): (
            "Jupiter squares its own natal place, a growth checkpoint in your twelve-year cycle; restlessness shows "
            "where your beliefs need updating."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.SATURN): (
            "The urge to expand meets your sense of caution with Jupiter square your birth Saturn; let each temper the "
            "other and move forward in measured steps."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.SUN): (
            "Jupiter trines your natal Sun, bringing a long, easy stretch of confidence and good fortune; aim high, "
            "because doors open readily for you."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.MOON): (
            "Emotional ease and blessings at home come with Jupiter in trine to your natal Moon; enjoy family, comfort "
            "and a generous mood."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.MERCURY): (
            "Learning, writing and travel flow well while Jupiter trines your natal Mercury, so share your ideas "
            "widely; they find a receptive audience."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.VENUS): (
            "Jupiter trines your birth Venus, a happy, easy time for love, friendship and money; enjoy it, and pass "
            "some of your good fortune on."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.MARS): (
            "Bold moves are well supported with Jupiter trine your natal Mars; start the venture, the training, or the "
            "adventure you have been dreaming of."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.JUPITER): (
            "Jupiter trines its own natal place, a harmonious phase of your twelve-year cycle, and growth comes "
            "naturally, so follow what inspires you."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.SATURN): (
            "Vision and discipline balance as Jupiter trines your natal Saturn, an ideal stretch to build a career, a "
            "home, or a plan that lasts."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.SUN): (
            "Jupiter opposes your natal Sun, and others may bring big opportunities or big demands; weigh each one "
            "against who you really are."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.MOON): (
            "Other people's enthusiasm stirs your feelings while Jupiter opposes your birth Moon; enjoy the warmth, "
            "but protect your need for quiet."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.MERCURY): (
            "Other views challenge yours as Jupiter opposes your natal Mercury; stay open, because the debate can "
            "widen your thinking."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.VENUS): (
            "Generous gestures flow both ways with Jupiter opposite your natal Venus; enjoy giving and receiving, and "
            "keep love and money in balance."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.MARS): (
            "Jupiter opposes your natal Mars, and others may encourage risks you would not take alone; check whether "
            "their push serves your goals."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.JUPITER): (
            "Jupiter opposes its own natal place, the midpoint of your twelve-year cycle; others mirror your beliefs "
            "back to you, showing where to grow next."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.SATURN): (
            "Expansion and security pull against each other with Jupiter opposite your natal Saturn; someone may urge "
            "you to loosen up, so find your own balance."
        ),

        # ---- Saturn: duty, limits, patience, structure ----
        (Body.SATURN, Aspect.CONJUNCTION, Body.SUN): (
            "Saturn meets your natal Sun, a demanding but defining passage; commit to what truly matters and let go of "
            "roles that no longer fit."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.MOON): (
            "Saturn crosses your birth Moon, asking you to take your emotional needs seriously; build a home and "
            "routines that genuinely support you."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.MERCURY): (
            "Your thinking turns serious and precise as Saturn joins your natal Mercury; study, plan, and sign only "
            "what you fully understand."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.VENUS): (
            "Saturn meets your natal Venus and tests your relationships and finances; what is real grows stronger, and "
            "what is not may quietly fall away."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.MARS): (
            "Effort may feel blocked while Saturn joins your natal Mars; slow, disciplined action works better than "
            "force and builds lasting resilience."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.JUPITER): (
            "Saturn crosses your natal Jupiter, asking your hopes to take solid form; trim the dreams you cannot "
            "sustain and invest in the ones you can."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.SATURN): (
            "Saturn returns to its own place in your birth chart, your Saturn return, a rite of passage that asks you "
            "to own the direction of your life."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.SUN): (
            "Saturn's sextile to your natal Sun offers a chance to build something solid; take on a real "
            "responsibility and watch your standing grow."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.MOON): (
            "Saturn sextiles your natal Moon, supporting steady routines and emotional security; sort out a home or "
            "family matter while it is easy."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.MERCURY): (
            "Careful thinking and planning are favored with Saturn sextile your birth Mercury; use the opening to "
            "write, study or finalize a contract."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.VENUS): (
            "Love and money benefit from commitment as Saturn sextiles your natal Venus, so make a practical promise "
            "or start a savings plan."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.MARS): (
            "Saturn sextiles your natal Mars, giving you stamina for patient, disciplined work; take the chance to "
            "tackle a long project step by step."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.JUPITER): (
            "Ground your ambitions while Saturn sextiles your natal Jupiter: a sensible plan made during this opening "
            "can support your growth for years."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.SATURN): (
            "Saturn sextiles its own natal place, a constructive point in your long Saturn cycle; strengthen your "
            "foundations and take on the duties that fit."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.SUN): (
            "Saturn squares your natal Sun, and obstacles test your resolve; the pressure is real, but meeting it "
            "builds a confidence that lasts."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.MOON): (
            "With Saturn square your natal Moon, home life may feel heavy or your needs unmet; be patient with "
            "yourself and shore up what supports you."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.MERCURY): (
            "Plans may stall or doubts grow loud as Saturn squares your natal Mercury; slow down, check your "
            "reasoning, and revise rather than quit."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.VENUS): (
            "Saturn squares your birth Venus, testing love and finances; face the hard question honestly, and what "
            "remains will be stronger."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.MARS): (
            "Frustration builds when action meets resistance, and Saturn's square to your natal Mars brings both; work "
            "smarter, not harder, and pace yourself."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.JUPITER): (
            "Saturn squares your natal Jupiter, putting the brakes on expansion; let the friction show you which plans "
            "are worth the effort."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.SATURN): (
            "Saturn squares its own natal place, one of the milestones of your Saturn cycle; structures that no longer "
            "fit show themselves, so rebuild with care."
        ),
        (Body.SATURN, Aspect.TRINE, Body.SUN): (
            "Saturn trines your natal Sun, lending steadiness and authority; long-term goals progress reliably, so "
            "invest effort where it counts."
        ),
        (Body.SATURN, Aspect.TRINE, Body.MOON): (
            "Emotional stability and calm at home come with Saturn in trine to your natal Moon, a fine stretch to "
            "settle family matters for good."
        ),
        (Body.SATURN, Aspect.TRINE, Body.MERCURY): (
            "Your thinking is clear and disciplined while Saturn trines your birth Mercury; plan carefully now, and "
            "your plans will hold."
        ),
        (Body.SATURN, Aspect.TRINE, Body.VENUS): (
            "Saturn trines your natal Venus, strengthening commitments in love and money; loyalty is rewarded and a "
            "steady relationship deepens."
        ),
        (Body.SATURN, Aspect.TRINE, Body.MARS): (
            "Effort and discipline work as one with Saturn trine your natal Mars, so steady, patient action lets you "
            "accomplish a great deal."
        ),
        (Body.SATURN, Aspect.TRINE, Body.JUPITER): (
            "Saturn trines your natal Jupiter, balancing vision with realism; growth you build during this stretch "
            "rests on firm ground."
        ),
        (Body.SATURN, Aspect.TRINE, Body.SATURN): (
            "Saturn trines its own natal place, a stable phase in your long cycle of maturity; the structures you have "
            "built serve you well."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.SUN): (
            "Under Saturn's opposition to your natal Sun, someone in authority may question your direction; stay true "
            "to your purpose while adjusting what is out of balance."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.MOON): (
            "Responsibilities to others may weigh on your emotional life while Saturn opposes your natal Moon; share "
            "the load and state your needs clearly."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.MERCURY): (
            "Criticism or delays may meet your plans as Saturn opposes your natal Mercury; listen for the useful part "
            "and revise with patience."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.VENUS): (
            "Saturn opposes your birth Venus, testing the balance in your relationships; what you give and what you "
            "receive must be fair to last."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.MARS): (
            "Rules or people in authority may block your drive with Saturn opposite your natal Mars; find a patient "
            "way forward rather than a head-on clash."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.JUPITER): (
            "Caution and hope face off as Saturn opposes your natal Jupiter; others' realism may check your plans, so "
            "keep what is sound and drop the rest."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.SATURN): (
            "Saturn opposes its own natal place, the halfway point of your Saturn cycle; outside demands mirror your "
            "inner ones, so rebalance what you have committed to."
        ),
    },
)
