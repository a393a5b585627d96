from horoscope_service.model import Aspect, Body, MoonPhase
from horoscope_service.phrasebooks import Phrasebook

_SIGNS = ("Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo",
          "Libra", "Scorpio", "Sagittarius", "Capricorn", "Aquarius", "Pisces")

BOOK = Phrasebook(
    signs=_SIGNS,
    in_signs=tuple(f"in {s}" for s in _SIGNS),
    planets={Body.SUN: "the Sun", Body.MOON: "the Moon", Body.MERCURY: "Mercury", Body.VENUS: "Venus",
             Body.MARS: "Mars", Body.JUPITER: "Jupiter", Body.SATURN: "Saturn", Body.URANUS: "Uranus",
             Body.NEPTUNE: "Neptune", Body.PLUTO: "Pluto"},
    on_weekdays=("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday"),
    today="today",
    this_week="this week",
    this_month="this month",

    # ---- Daily summary ----
    moon_house=(
        # 1: self, body, appearance (the Moon in the reader's own sign)
        ("Your own feelings set the pace while the Moon is {moon_in}, your sign, so let your first instinct "
         "guide small choices.",
         "People read your face easily with the Moon {moon_in}; let it show warmth rather than worry.",
         "Once a month the Moon returns to your sign, and now it is {moon_in}: put your own needs first for a day.",
         "Energy flows back into your body under a Moon {moon_in}, so move, stretch and take up a little more space."),
        # 2: money, possessions, values
        ("Money matters come into focus while the Moon is {moon_in}; check the one bill or account you have "
         "been avoiding.",
         "What you own and what you value are up for review with the Moon {moon_in}: keep what you use and pass "
         "on the rest.",
         "Is your spending in line with what you care about? A Moon {moon_in} makes the answer easy to see.",
         "Comfort and security matter more than usual now that the Moon is {moon_in}, and a small treat you can "
         "afford is well earned."),
        # 3: messages, siblings, neighborhood, short trips
        ("Messages, calls and quick errands fill the hours with the Moon {moon_in}; keep a list so nothing slips.",
         "A brother, sister or neighbor may have news for you, and the Moon {moon_in} makes the conversation easy.",
         "Take the long way to the shop: short trips around your neighborhood refresh you while the Moon is "
         "{moon_in}.",
         "Your words land well under a Moon {moon_in}, so send the email you have been drafting in your head."),
        # 4: home, family, roots
        ("Home and family ask for your attention while the Moon is {moon_in}, and an evening in may be exactly "
         "right.",
         "Calling a parent or an old family friend means more than you expect with the Moon {moon_in}.",
         "Clear one surface, open a window, light a lamp: under a Moon {moon_in}, your surroundings shape your "
         "mood.",
         "Memories of where you grew up surface easily now that the Moon is {moon_in}, and they remind you what "
         "makes you feel safe."),
        # 5: romance, play, creativity, children
        ("Romance and play get a lift while the Moon is {moon_in}; make room for something done purely for fun.",
         "Creative ideas come quickly with the Moon {moon_in}, so sketch, cook, sing or write before the mood "
         "passes.",
         "Flirting feels natural under a Moon {moon_in}, and a spontaneous invitation could turn into a lovely "
         "evening.",
         "Time with children, or with your own playful side, restores you as long as the Moon stays {moon_in}."),
        # 6: daily work, routine, health
        ("Daily routines deserve a tune-up while the Moon is {moon_in}: one better habit beats a whole new regime.",
         "Your to-do list shrinks fast with the Moon {moon_in}, especially the dull tasks you keep postponing.",
         "Work in steady blocks and eat at regular times; a Moon {moon_in} rewards rhythm over heroics.",
         "Water, sleep and a daily walk do more for you than usual, since the Moon {moon_in} highlights your "
         "wellbeing."),
        # 7: partners, contracts, one-to-one
        ("Partners and close allies take center stage while the Moon is {moon_in}, so make time for the person "
         "who backs you.",
         "One-to-one conversations go deeper with the Moon {moon_in}; choose a quiet place and really listen.",
         "Read agreements twice and clarify who does what: the Moon {moon_in} puts contracts and promises under "
         "review.",
         "Someone close mirrors your mood back to you under a Moon {moon_in}, and you may learn something about "
         "yourself."),
        # 8: shared resources, intimacy, debts, transformation
        ("Shared money, loans and joint decisions call for honest talk, and the Moon {moon_in} helps you start it.",
         "Intimacy asks for trust more than words with the Moon {moon_in}; let someone see your softer side.",
         "Settling even a small debt or an old favor feels freeing now that the Moon is {moon_in}.",
         "Something you have outgrown is ready to go, and the Moon {moon_in} gives you the courage to release it."),
        # 9: travel, study, beliefs
        ("Faraway places tempt you while the Moon is {moon_in}; start researching the trip you keep imagining.",
         "A book, a course or a long conversation stretches your mind with the Moon {moon_in}.",
         "Listen to someone who sees the world differently: a Moon {moon_in} puts your beliefs up for friendly "
         "testing.",
         "Routine feels small when the Moon is {moon_in}, so change your view with a new café, route or subject."),
        # 10: career, standing, reputation
        ("Career matters move into view while the Moon is {moon_in}, and people in charge notice how you handle "
         "pressure.",
         "Quiet competence builds your reputation with the Moon {moon_in}; let results speak before you do.",
         "Ambition stirs under a Moon {moon_in}: write down the goal you want at work and one move toward it.",
         "How you are seen at work matters more than usual when the Moon is {moon_in}; keep promises small and "
         "keep every one."),
        # 11: friends, groups, hopes
        ("Friends and groups bring out your best during the Moon's stay {moon_in}, so say yes to a gathering.",
         "An old hope comes back to life with the Moon {moon_in}, and a friend may know how to help.",
         "Share the load and the credit: teamwork flows easily under a Moon {moon_in}.",
         "Reach out to someone you have lost touch with; the Moon {moon_in} favors your wider circle."),
        # 12: rest, solitude, what is hidden
        ("Rest and solitude do you good while the Moon is {moon_in}; protect an hour with no demands.",
         "Quiet hours recharge you with the Moon {moon_in}, and a nap or an early night is no luxury.",
         "Hidden feelings rise gently under a Moon {moon_in}; writing them down helps you understand them.",
         "What you prepare out of sight counts for more than what you show when the Moon is {moon_in}; plan "
         "rather than perform."),
    ),
    lunar_aspects={
        # The Sun: will, vitality, visibility
        (Body.SUN, Aspect.CONJUNCTION): (
            "The Moon's conjunction with the Sun merges heart and will, so what you want and what you feel finally "
            "agree.",
            "With the Moon joined to the Sun, your energy gathers in one place: pick a single aim and put your full "
            "weight behind it.",
            "As the Moon meets the Sun, a quiet reset favors setting an intention over making a show.",
        ),
        (Body.SUN, Aspect.SEXTILE): (
            "The Moon's sextile to the Sun opens a small window for being noticed; step forward and offer your idea.",
            "A sextile between the Moon and the Sun lends you steady vitality, but only if you spend it on something "
            "that matters.",
            "Support from people in charge is within reach under the Moon's sextile to the Sun, so ask for what you "
            "need.",
        ),
        (Body.SUN, Aspect.SQUARE): (
            "The Moon squares the Sun, and your feelings and goals pull different ways; act on the one that cannot "
            "wait.",
            "Friction from the Moon's square to the Sun can make you restless, and that restlessness is fuel for a "
            "stalled task.",
            "Pride bruises easily under the Moon's square to the Sun; turn the irritation into one decisive step.",
        ),
        (Body.SUN, Aspect.TRINE): (
            "The Moon's trine to the Sun lets head and heart work together, and plans move without forcing.",
            "Confidence comes naturally with the Moon in trine to the Sun, so step into view and enjoy it.",
            "A trine from the Moon to the Sun restores your vitality; spend some of it in daylight and fresh air.",
        ),
        (Body.SUN, Aspect.OPPOSITION): (
            "The Moon opposes the Sun, and what you need pulls against what you want; a fair balance beats a total "
            "win.",
            "Opposite the Sun, the Moon shines fully on your choices, so others see clearly what you stand for.",
            "With the Moon opposite the Sun, two sides of your life ask for equal time: give each its hour.",
        ),
        # Mercury: talk, plans, messages
        (Body.MERCURY, Aspect.CONJUNCTION): (
            "The Moon's conjunction with Mercury fills your head with ideas and your phone with messages; note the "
            "best ones.",
            "Feelings and words merge as the Moon meets Mercury, so say what you mean while it is still fresh.",
            "With the Moon joined to Mercury, a chat can turn intense quickly; keep your tone lighter than your "
            "thoughts.",
        ),
        (Body.MERCURY, Aspect.SEXTILE): (
            "The Moon's sextile to Mercury opens the door to a useful talk; make the call rather than waiting for "
            "one.",
            "A sextile from the Moon to Mercury helps plans click into place if you sit down and map them out.",
            "Messages sent under the Moon's sextile to Mercury find a friendly reader, so answer the one that has "
            "waited longest.",
        ),
        (Body.MERCURY, Aspect.SQUARE): (
            "The Moon squares Mercury, and words can come out sharper than you intend; pause before pressing send.",
            "Mixed signals from the Moon's square to Mercury push you to firm up a plan that was too vague.",
            "A small misunderstanding under the Moon's square to Mercury is your cue to ask the direct question.",
        ),
        (Body.MERCURY, Aspect.TRINE): (
            "The Moon's trine to Mercury makes talking easy, so raise the subject you usually find awkward.",
            "Plans and paperwork flow under the Moon's trine to Mercury; clear a backlog in one sitting.",
            "With the Moon in trine to Mercury, learning sticks: read, listen or take notes on something new.",
        ),
        (Body.MERCURY, Aspect.OPPOSITION): (
            "The Moon opposes Mercury, so head and heart argue; let each have its say before you decide.",
            "Across from Mercury, the Moon shows you the other side of a discussion, and listening gets you further "
            "than arguing.",
            "With the Moon opposite Mercury, your plans meet someone else's; trade details until both fit.",
        ),
        # Venus: affection, pleasure, money spent
        (Body.VENUS, Aspect.CONJUNCTION): (
            "The Moon's conjunction with Venus wraps the day in affection; tell someone plainly that you care.",
            "Pleasure and comfort merge as the Moon meets Venus, so enjoy good food or music without guilt.",
            "With the Moon joined to Venus, the urge to spend is strong; buy one lovely thing, not five.",
        ),
        (Body.VENUS, Aspect.SEXTILE): (
            "The Moon's sextile to Venus offers a chance for warmth, but you have to make the first friendly move.",
            "A sextile between the Moon and Venus rewards small gestures, like a note, a flower or a shared coffee.",
            "A smart purchase or a fair deal is yours to take under the Moon's sextile to Venus, if you act on it.",
        ),
        (Body.VENUS, Aspect.SQUARE): (
            "The Moon squares Venus, and wanting more can lead to overspending; set a limit before you shop.",
            "Friction from the Moon's square to Venus stirs small jealousies; name what you need instead of sulking.",
            "Easy indulgences tempt under the Moon's square to Venus, so pick one you will still be glad of tomorrow.",
        ),
        (Body.VENUS, Aspect.TRINE): (
            "The Moon's trine to Venus brings easy affection and good company; say yes to an invitation.",
            "Beauty is easy to find with the Moon in trine to Venus, so rearrange a room or wear your favorite color.",
            "Money and pleasure balance nicely under the Moon's trine to Venus, and a modest treat feels rich.",
        ),
        (Body.VENUS, Aspect.OPPOSITION): (
            "The Moon opposes Venus, and your needs may clash with someone else's tastes; look for the shared ground.",
            "With the Moon opposite Venus, giving and receiving affection need balance; let someone do something for "
            "you.",
            "Across from Venus, the Moon pulls your wallet two ways, toward saving and toward treats; split the "
            "difference.",
        ),
        # Mars: drive, anger, action
        (Body.MARS, Aspect.CONJUNCTION): (
            "The Moon's conjunction with Mars charges you with drive; aim it at a physical task and watch it shrink.",
            "Feelings run hot as the Moon meets Mars, so count to ten before you answer a provocation.",
            "With the Moon joined to Mars, courage comes easily; start the thing you have been circling for weeks.",
        ),
        (Body.MARS, Aspect.SEXTILE): (
            "The Moon's sextile to Mars gives you just enough push to begin; take the first step before noon.",
            "A sextile from the Moon to Mars favors brisk action: tackle the errand, the workout or the repair.",
            "Standing up for yourself goes smoothly under the Moon's sextile to Mars, as long as you do it calmly.",
        ),
        (Body.MARS, Aspect.SQUARE): (
            "The Moon squares Mars, so tempers flare fast; put that heat into effort rather than arguments.",
            "Friction from the Moon's square to Mars makes you impatient, which is a sign to fix what annoys you.",
            "Haste breeds small mistakes under the Moon's square to Mars; burn off the urge with a brisk walk or a "
            "workout.",
        ),
        (Body.MARS, Aspect.TRINE): (
            "The Moon's trine to Mars turns energy into progress without strain; make a start on a bigger job.",
            "Backed by the Moon's trine to Mars, you act with confidence and others are happy to follow your lead.",
            "Physical effort feels good under the Moon's trine to Mars, so run, dance, lift or dig.",
        ),
        (Body.MARS, Aspect.OPPOSITION): (
            "The Moon opposes Mars, and someone else's drive may collide with yours; agree on who leads what.",
            "With the Moon opposite Mars, anger on either side is a signal, not a verdict; step back and cool down.",
            "Across from Mars, the Moon asks you to balance pushing forward with holding back; choose one battle at "
            "most.",
        ),
        # Jupiter: luck, growth, generosity
        (Body.JUPITER, Aspect.CONJUNCTION): (
            "The Moon's conjunction with Jupiter swells optimism and goodwill; share your good luck generously.",
            "Everything feels bigger as the Moon meets Jupiter, appetites included, so enjoy plenty with a little "
            "restraint.",
            "With the Moon joined to Jupiter, a generous gesture comes back to you in an unexpected form.",
        ),
        (Body.JUPITER, Aspect.SEXTILE): (
            "The Moon's sextile to Jupiter opens a lucky door, but you still have to knock; send the application or "
            "make the pitch.",
            "A sextile between the Moon and Jupiter favors learning and growth; sign up for the thing that excites "
            "you.",
            "A kind word from you travels further than you expect under the Moon's sextile to Jupiter.",
        ),
        (Body.JUPITER, Aspect.SQUARE): (
            "The Moon squares Jupiter, so promises come easily and deliver slowly; commit to less than you want to.",
            "Friction from the Moon's square to Jupiter inflates expectations; let that ambition push you to plan "
            "properly.",
            "Generosity can tip into overdoing it under the Moon's square to Jupiter; give time rather than money.",
        ),
        (Body.JUPITER, Aspect.TRINE): (
            "The Moon's trine to Jupiter brings easy luck and good humor; trust a hopeful hunch.",
            "Growth comes without strain under the Moon's trine to Jupiter, and a small investment of effort pays "
            "well.",
            "People are generous with their help under the Moon's trine to Jupiter, so accept it gracefully.",
        ),
        (Body.JUPITER, Aspect.OPPOSITION): (
            "The Moon opposes Jupiter, and big hopes meet everyday needs; keep one foot on the ground.",
            "With the Moon opposite Jupiter, balance your generosity toward others with fairness to yourself.",
            "Across from Jupiter, the Moon weighs more against enough; decide what would truly satisfy you.",
        ),
        # Saturn: duty, limits, patience
        (Body.SATURN, Aspect.CONJUNCTION): (
            "The Moon's conjunction with Saturn makes feelings serious and focused; use that gravity to finish a "
            "duty.",
            "Responsibility weighs heavily as the Moon meets Saturn, so lighten it by tackling the hardest part "
            "first.",
            "With the Moon joined to Saturn, you may feel reserved, a mood that suits careful, solitary work.",
        ),
        (Body.SATURN, Aspect.SEXTILE): (
            "The Moon's sextile to Saturn offers a chance to build something lasting; lay one solid brick.",
            "A sextile from the Moon to Saturn helps you get organized: make the schedule and stick to it.",
            "Someone older or more experienced can advise you under the Moon's sextile to Saturn, if you ask.",
        ),
        (Body.SATURN, Aspect.SQUARE): (
            "The Moon squares Saturn, so limits feel tight; work with them rather than against them.",
            "Friction from the Moon's square to Saturn can feel like a wall; treat it as a list of what still needs "
            "doing.",
            "A delay under the Moon's square to Saturn tests your patience and shows you which plan is strong enough.",
        ),
        (Body.SATURN, Aspect.TRINE): (
            "The Moon's trine to Saturn makes discipline feel natural; commit to a routine you can keep.",
            "With the Moon in trine to Saturn, patient effort pays, and a long task moves a real step forward.",
            "Steady hands and a calm mind come with the Moon's trine to Saturn, so handle the paperwork or the "
            "budget.",
        ),
        (Body.SATURN, Aspect.OPPOSITION): (
            "The Moon opposes Saturn, and duty pulls against feeling; honor both by setting a clear end time for "
            "work.",
            "With the Moon opposite Saturn, someone's rules may chafe; negotiate the limit instead of resenting it.",
            "Across from Saturn, the Moon asks you to weigh comfort against responsibility; rest once the essential "
            "job is done.",
        ),
    },
    phases={
        MoonPhase.NEW_MOON: (
            "A new Moon clears the slate: plant one intention and keep it quiet for now.",
            "The sky starts a fresh lunar cycle, a good moment to decide what you really want next.",
            "Energy is low but clear at the new Moon, so choose a beginning rather than a finish line.",
            "This dark Moon suits quiet planning more than loud action; write your goal on paper.",
            "The new Moon marks day one of the lunar month: start a habit you would like to keep for four weeks.",
        ),
        MoonPhase.WAXING_CRESCENT: (
            "The young crescent Moon favors small first steps over grand announcements.",
            "With the Moon growing again, momentum builds from modest, steady effort.",
            "A slim crescent returns to the evening sky, and with it the confidence to try.",
            "Doubts are normal in the crescent phase; answer them by doing one more small thing.",
            "Gather what you need while the Moon waxes: information, tools and the right people.",
        ),
        MoonPhase.FIRST_QUARTER: (
            "The first-quarter Moon brings a test of resolve: act on what you started.",
            "Half-lit and climbing, the Moon asks for a decision you have been putting off.",
            "Obstacles show up on schedule at the first quarter, and each one you clear builds strength.",
            "The Moon's first quarter rewards commitment, so choose one path and stop weighing all of them.",
            "A first-quarter Moon pushes plans from idea into effort; clear time for real work.",
        ),
        MoonPhase.WAXING_GIBBOUS: (
            "The Moon is nearly full, so refine and polish rather than begin anew.",
            "A swelling gibbous Moon rewards patience with the details.",
            "With the Moon almost round, adjust your course before the results arrive.",
            "The gibbous Moon is a time for editing: cut what is not working and strengthen what is.",
            "Anticipation builds as the Moon fills out, so prepare instead of worrying.",
        ),
        MoonPhase.FULL_MOON: (
            "The full Moon lights up what was hidden, in you and around you.",
            "Under a full Moon, feelings run high and truths come to the surface.",
            "The full Moon brings things to a head, and a matter that has been growing reaches its peak.",
            "Emotions are bright and loud under the full Moon, and sleep may be lighter, so wind down early.",
            "A full Moon is a time to celebrate progress and name what you have achieved since the new Moon.",
        ),
        MoonPhase.WANING_GIBBOUS: (
            "The waning Moon turns attention to sharing what you have learned.",
            "As the Moon begins to wane, gratitude and generosity come easily.",
            "The waning gibbous Moon is ideal for teaching, mentoring and passing on a good tip.",
            "After the full Moon's peak, take stock: what worked, and what would you do differently?",
            "As the light begins to shrink, slow the pace and digest the past two weeks.",
        ),
        MoonPhase.LAST_QUARTER: (
            "The last-quarter Moon invites you to let go of a habit that no longer serves you.",
            "With the Moon half-dark, clearing out beats taking on more.",
            "The last quarter is a turning point for decluttering, from cupboards to commitments.",
            "Half-lit and fading, the Moon asks you to finish, forgive and file things away.",
            "At the last quarter, renegotiate a commitment that has grown too heavy to carry.",
        ),
        MoonPhase.WANING_CRESCENT: (
            "The thin, fading Moon calls for rest before the next cycle begins.",
            "A balsamic Moon favors reflection, sleep and quiet endings.",
            "Energy dips in the last days of the lunar cycle; treat tiredness as information, not failure.",
            "The waning crescent closes the lunar month, so tie up loose ends and leave some space empty.",
            "Dreams and daydreams are vivid under the waning crescent, and a few of them are worth noting down.",
        ),
    },
    moon_moves="The Moon begins the day {moon_in} and ends it {next_in}, so the mood shifts as the hours pass.",
    station_direct=(
        "{planet} turns direct {when}, and matters that stalled start to move again.",
        "{planet} ends its retrograde {when}: what was stuck begins to loosen.",
        "{planet} resumes forward motion {when}, so a plan you paused can go ahead with better information.",
        "{planet} stations direct {when}; give it a day or two before you push hard.",
        "{planet} straightens out {when}, and the lessons of the slow weeks become easier to apply.",
        "A long review closes as {planet} turns direct {when}; decide what to keep from it.",
        "{planet} goes direct {when}, and a delayed answer or decision can finally arrive.",
        "{planet} moves forward again {when}; return to the project you set aside and give it a real push.",
    ),
    station_retrograde=(
        "{planet} turns retrograde {when}, so slow down and revisit before you rush ahead.",
        "{planet} stations retrograde {when}; expect some delays and use them to review.",
        "{planet} begins a retrograde {when}, a season for second drafts rather than first launches.",
        "{planet} appears to stand still and reverse {when}, and old business comes back for attention.",
        "{planet} goes retrograde {when}: look back over recent choices and adjust the ones that missed.",
        "As {planet} turns backward {when}, patience serves you better than pressure.",
        "{planet} slips into retrograde motion {when}; let plans ripen before you put them into action.",
        "{planet} reverses direction {when}, inviting you to repair, redo and reconnect.",
    ),
    ingress_yours=(
        "{planet} enters your sign {when}, bringing its energy straight to your door.",
        "{planet} arrives in your sign {when}, and a new chapter begins for you personally.",
        "{planet} crosses into your sign {when}: its themes now show in how you look, act and feel.",
        "{planet} moves into your own sign {when}, a cue to update your goals and your image.",
        "{planet} settles into your sign {when}, so expect people to see you in a fresh light.",
        "{planet} joins you in your sign {when}, lending its strengths to everything you start.",
        "{planet} reaches your sign {when}; make the most of the boost by taking the initiative.",
        "{planet} steps into your sign {when}, and your personal plans gain extra weight.",
    ),
    ingress=(
        "{planet} arrives {in_sign} {when}, and the general mood shifts with it.",
        "{planet} changes sign {when} and is now {in_sign}; notice what it brings to the fore.",
        "{planet} settles {in_sign} {when}, so its influence takes on a new tone for everyone.",
        "{planet} takes up residence {in_sign} {when}, and a different part of your life starts to stir.",
        "{planet} leaves one sign for another {when} and lands {in_sign}; adjust your plans to the new weather.",
        "{planet} begins its stay {in_sign} {when}, and the change builds gradually rather than all at once.",
        "{planet} is newly {in_sign} {when}, so be ready to adapt habits that suited the old sign.",
        "{planet} lands {in_sign} {when}, and small signs of the change appear in everyday conversations.",
    ),
    sun_own=(
        "The Sun is in your sign: it is your season, so let yourself be seen.",
        "With the Sun in your sign, your energy and confidence reach a yearly high.",
        "Birthday season is here, so celebrate yourself without apology.",
        "The Sun lights up your own sign, and people respond to your initiative more readily than usual.",
        "The Sun in your sign marks your personal new year, so set goals for the twelve months ahead.",
        "Vitality is on your side while the Sun travels through your sign; put it into a project that is truly "
        "yours.",
        "The Sun in your sign makes you the natural focus; lead with warmth rather than volume.",
        "Your face, your voice and your plans all carry extra weight with the Sun in your sign.",
    ),
    sun_opposite=(
        "The Sun lights up your opposite sign, so others take the lead and you learn from watching.",
        "The Sun across the zodiac from you puts your relationships under a bright light.",
        "With the Sun in your opposite sign, partners and rivals alike show you what to work on.",
        "The Sun opposite your sign makes this a season for teamwork; shared goals move faster than solo plans.",
        "Your energy may dip while the Sun is opposite your sign, so rest well and lean on your allies.",
        "The Sun faces your sign from across the sky, asking you to weigh your needs against someone else's.",
        "With the Sun in the sign opposite yours, contracts and commitments are worth settling.",
        "The Sun in the opposite sign makes compromise a strength, not a loss.",
    ),
    mercury_retrograde=(
        "Mercury is retrograde: double-check messages, dates and tickets before you send or sign.",
        "With Mercury retrograde, revisit old plans rather than launching new ones.",
        "Mercury's retrograde makes misunderstandings easy, so say it twice and kindly.",
        "Mercury is moving backward, and people from the past may get in touch; answer with an open mind.",
        "While Mercury is retrograde, leave extra time for travel and keep your plans flexible.",
        "Retrograde Mercury is a good time to finish an unfinished book, letter or conversation.",
        "Mercury's backward phase slows replies and deliveries, and patience saves you a lot of stress.",
        "With Mercury retrograde, lost things often turn up, so look again where you already searched.",
    ),
    slow_retrograde=(
        "{planet} is retrograde, a slow reminder to review long-term plans.",
        "{planet} is retrograde, and lessons from the past carry useful advice.",
        "{planet} continues its retrograde, so long-range goals benefit from a patient rethink.",
        "{planet} is moving backward for months, and slow progress is still progress.",
        "{planet} remains retrograde: change happens inside you before it shows on the outside.",
        "{planet} travels in reverse for now, which favors finishing what you began earlier in the year.",
        "{planet} is in its retrograde season, a chance to revisit a big decision without rushing it.",
        "{planet} keeps up its backward walk, so let old ambitions be tested before you renew them.",
    ),
    closers=(
        "Follow the sky's rhythm: act when the energy is there, and rest when it fades.",
        "Small choices add up to the change you are looking for.",
        "Keep your sense of humor; it opens more doors than effort alone.",
        "What you nurture now will grow in the weeks ahead.",
        "Be generous with your attention; it is the gift people remember most.",
        "Stay curious: the answer may come from an unexpected place.",
        "Be patient with yourself; growth rarely announces itself.",
        "When in doubt, choose the kinder option and move on.",
        "End the day by naming one thing that went well.",
        "Let the evening be slow, and let the day's impressions settle before you sleep.",
        "One honest sentence can do more than an hour of hinting.",
        "Leave something undone without guilt; tomorrow has room for it.",
    ),

    # ---- Premium sections (daily, weekly, monthly) ----
    love=(
        "In love, {when} favors honest words over grand gestures.",
        "A conversation that starts lightly {when} can lead somewhere deeper.",
        "If you are single, say yes to the invitation you would usually decline.",
        "Tenderness beats being right {when}; let a small argument go.",
        "Plan something simple together {when}: a walk, a meal, an hour without screens.",
        "Someone is paying more attention to you than you think.",
        "Old patterns in love are easier to see {when}, and easier to change.",
        "Share a hope you usually keep to yourself; it brings you closer.",
        "Let someone help you {when}; accepting care is its own kind of closeness.",
        "A message you have been waiting for may arrive {when}; answer from the heart.",
        "Shared laughter {when} repairs more than a long explanation would.",
        "Notice who shows up for you {when}, and thank them out loud.",
    ),
    venus_retrograde=(
        "Venus is retrograde, and old feelings or old flames may return for a second look.",
        "With Venus retrograde, review what you value before spending on it.",
        "Venus is retrograde, so postpone drastic makeovers and big luxury purchases.",
        "While Venus moves backward, a relationship benefits from talking about its history.",
        "Retrograde Venus asks what you truly want from love, as opposed to what you are used to.",
        "With Venus retrograde, rekindle a pleasure you shared in earlier days rather than chasing novelty.",
        "Venus is retrograde: old hurts may surface, and gentle honesty helps them heal.",
        "Venus's retrograde slows new romance, giving you time to see someone clearly.",
    ),
    career=(
        "At work, finish one task properly before starting the next.",
        "A colleague's idea fits well with yours; combine them {when}.",
        "Money matters reward careful reading of the small print {when}.",
        "Your patience with a slow project is about to pay off.",
        "Speak up in a meeting {when}: your view is the one that is missing.",
        "Tidy your plans and your desk; clarity brings the next opportunity.",
        "A practical choice made {when} saves you trouble later.",
        "Ask for feedback {when}; it is kinder and more useful than you expect.",
        "Guard one quiet hour {when} for the work that matters most.",
        "A small risk at work pays off if you prepare for it carefully.",
        "Say no to one request {when}; your focus is worth protecting.",
        "Write down the idea that keeps returning; it is more practical than it seems.",
    ),
    mercury_retrograde_work=(
        "Mercury is retrograde, so proofread contracts and emails twice before they leave your desk.",
        "With Mercury retrograde, revisit a shelved proposal at work; it may suit the moment now.",
        "Mercury's retrograde can scramble schedules, so confirm meetings and deadlines in writing.",
        "Retrograde Mercury favors revising over pitching; polish the work you already have.",
        "While Mercury runs backward, save your work often and keep copies of anything important.",
        "Mercury is retrograde, a good stretch to follow up with clients and contacts from past projects.",
        "With Mercury retrograde, ask questions before assuming you understood an instruction.",
        "Mercury's retrograde suits audits, filing and cleanup at work more than big announcements.",
    ),
    health=(
        "Drink more water than usual {when} and notice the difference.",
        "A short walk in daylight resets your energy better than another coffee.",
        "Sleep is your best ally {when}, so protect your bedtime.",
        "Stretch your back and shoulders; tension has been collecting there.",
        "Choose simple, fresh food {when} and eat it slowly.",
        "Breathe deeply for five minutes before a demanding moment.",
        "Movement you enjoy counts more than movement you endure.",
        "Give your eyes regular breaks from screens {when}.",
        "Stand up and move for a few minutes every hour {when}.",
        "A warm drink and a calm evening help your body unwind.",
        "Listen to your appetite {when} rather than the clock.",
        "Spend time with people who make you laugh; it does body and mind good.",
    ),
    mars_retrograde=(
        "Mars is retrograde, so pace yourself and finish before you start anything new.",
        "With Mars retrograde, frustration is a signal to slow down, not to push.",
        "Mars is retrograde: build strength gradually rather than chasing a personal best.",
        "While Mars moves backward, warm up properly and return to an exercise you once enjoyed.",
        "Retrograde Mars can leave you tired sooner than usual, so plan rest between demanding days.",
        "With Mars retrograde, anger turned inward drains energy; let it out through movement.",
        "Mars is retrograde, so listen for early signs of strain and ease off before they grow.",
        "Mars's retrograde rewards consistency over intensity: short, regular effort beats sudden bursts.",
    ),
    moods=("hopeful", "focused", "playful", "reflective", "confident", "tender", "curious", "calm",
           "grateful", "bold", "gentle", "adventurous"),
    colors=("deep blue", "emerald green", "gold", "coral", "silver", "violet", "terracotta", "ivory",
            "turquoise", "rose", "amber", "navy"),

    # ---- Weekly summary ----
    week_sun_house=(
        # 1
        ("Personal plans take priority this week as the Sun shines in your own sign; put yourself first without "
         "guilt.",
         "Birthday season colors the week: the Sun in your sign boosts your confidence and your appetite for "
         "beginnings.",
         "How you look, move and introduce yourself makes a strong impression while the Sun passes through your "
         "sign."),
        # 2
        ("Finances and possessions get a bright, practical light this week, as the Sun moves through your house of "
         "money.",
         "Your values and your bank balance are worth comparing this week, with the Sun in your second house.",
         "Practical comforts and steady income are the week's themes, with the Sun lighting your house of "
         "resources."),
        # 3
        ("Conversations, short journeys and local errands fill the week while the Sun lights your house of "
         "communication.",
         "Siblings and neighbors play a bigger part than usual this week, with the Sun in your third house.",
         "Write, call and pitch: the Sun in your house of messages makes this a week for getting the word out."),
        # 4
        ("Home life takes priority this week, as the Sun settles at the foundation of your chart.",
         "Family ties and household projects reward your energy while the Sun passes through your fourth house.",
         "Roots matter now: with the Sun in your house of home, a week spent nesting pays off."),
        # 5
        ("Romance, creativity and play light up the week, with the Sun moving through your house of romance.",
         "Fun is not optional this week: the Sun in your fifth house rewards hobbies, dates and time with children.",
         "Creative confidence runs high while the Sun warms your fifth house, so show people what you make."),
        # 6
        ("Daily work and routines are where the week's progress happens, with the Sun in your sixth house.",
         "Health habits respond quickly this week, as the Sun lights your house of routine; start one you can keep.",
         "Organizing your schedule, your desk and your meals pays off while the Sun spends the week in your "
         "house of daily work."),
        # 7
        ("Partnerships are the week's main story, with the Sun in your seventh house shining on the people closest "
         "to you.",
         "Contracts, collaborations and one-to-one talks move forward this week while the Sun crosses your house of "
         "partners.",
         "Other people hold the key to your plans this week; with the Sun opposite your sign, cooperation beats "
         "going it alone."),
        # 8
        ("Shared money, debts and joint plans need attention this week, with the Sun in your eighth house.",
         "Deep conversations and honest intimacy come more easily while the Sun lights your house of "
         "transformation.",
         "Letting go of something worn out clears room for the new, and the Sun in your eighth house makes this the "
         "week to do it."),
        # 9
        ("Travel, study and big ideas call to you this week, as the Sun moves through your ninth house.",
         "Horizons widen while the Sun lights your house of learning: book the course, plan the trip, open the "
         "atlas.",
         "Questions of belief and meaning deserve your time this week, with the Sun in your house of philosophy."),
        # 10
        ("Career goals step into the daylight this week, with the Sun at the top of your chart.",
         "Your public standing gets a boost while the Sun crosses your tenth house; let decision-makers see your "
         "work.",
         "Ambition and responsibility go hand in hand this week, as the Sun lights your house of reputation."),
        # 11
        ("Friendships and group efforts carry you forward this week, with the Sun in your eleventh house.",
         "Hopes for the future feel reachable while the Sun lights your house of friends; share them with your "
         "circle.",
         "Networking, teamwork and community events suit you this week, with the Sun brightening your "
         "house of hopes."),
        # 12
        ("Rest and reflection come first this week, with the Sun in your twelfth house just before your birthday "
         "season.",
         "Quiet work behind the scenes achieves more than public effort while the Sun passes through your house of "
         "solitude.",
         "Hidden worries are easier to face and release this week, as the Sun lights the most private corner of "
         "your chart."),
    ),
    week_lunation={
        MoonPhase.NEW_MOON: (
            "The new Moon {in_sign} {on_day} is the week's fresh start; set one intention and begin it quietly.",
            "A new lunar cycle opens {on_day} with the new Moon {in_sign}, good timing to launch a habit.",
            "{on_day}, the new Moon {in_sign} invites you to name what you want from the next four weeks.",
        ),
        MoonPhase.FIRST_QUARTER: (
            "The first-quarter Moon {in_sign} {on_day} tests your plans, so push through the first obstacle.",
            "Decisions come due {on_day}, when the Moon reaches its first quarter {in_sign}.",
            "{on_day}, a first-quarter Moon {in_sign} rewards action over deliberation.",
        ),
        MoonPhase.FULL_MOON: (
            "The full Moon {in_sign} {on_day} brings something to a head; be ready to see it clearly.",
            "Emotions peak {on_day} under the full Moon {in_sign}, so plan a calm evening and a frank talk.",
            "{on_day}, the full Moon {in_sign} shows the results of what you began two weeks ago.",
        ),
        MoonPhase.LAST_QUARTER: (
            "The last-quarter Moon {in_sign} {on_day} is a moment to clear out what you no longer need.",
            "Loose ends want tying {on_day}, when the Moon reaches its last quarter {in_sign}.",
            "{on_day}, a last-quarter Moon {in_sign} favors review, repair and honest endings.",
        ),
    },
    week_closers=(
        "Take the week one day at a time, and keep Sunday evening free for yourself.",
        "By the weekend, you will know which effort was worth it.",
        "Write your three priorities for the week on paper and let the rest be optional.",
        "Make one promise to yourself this week and keep it.",
        "A steady rhythm this week beats a burst of effort followed by a crash.",
        "Check in with a friend midweek; a short chat will do you both good.",
        "Celebrate this week's small wins as they happen, not only at the end.",
        "Leave one evening this week unplanned and see where it takes you.",
        "Whatever the week brings, meet it with curiosity rather than worry.",
        "Close the week by tidying your space, and the next one starts lighter.",
        "Be generous with praise this week; it costs nothing and lifts everyone.",
        "Rest is part of the plan this week, not a reward for finishing it.",
    ),

    # ---- Monthly summary ----
    month_sun_house=(
        ("This month is about you: with the Sun in your sign, renew your goals, your look and your energy.",
         "Your birthday month puts the Sun in your own sign, a chance to decide who you want to be this year."),
        ("Money and security shape the month as the Sun moves through your second house; build a budget that "
         "reflects your values.",
         "Efforts to earn, save or price your skills properly are rewarded while the Sun lights your house of "
         "resources."),
        ("Communication drives the month, with the Sun in your third house: learn, write, call and travel locally.",
         "Conversations with siblings, neighbors and colleagues matter more this month, as the Sun crosses your "
         "house of messages."),
        ("Home and family anchor the month while the Sun passes through your fourth house; invest in where you "
         "live.",
         "With the Sun at the base of your chart this month, time with family and your roots restores you."),
        ("Romance, creativity and children color the coming weeks, while the Sun visits your fifth house.",
         "Play is productive this month: the Sun in your house of romance invites dates, hobbies and creative "
         "risks."),
        ("Work routines and wellbeing are the month's focus, with the Sun in your sixth house.",
         "Steady habits pay off over the coming weeks, as the Sun lights your house of daily work and health."),
        ("Partnerships lead the month, with the Sun opposite your sign lighting up your seventh house.",
         "One-to-one relationships and agreements ask for attention this month while the Sun crosses your house of "
         "partners."),
        ("Shared resources and intimacy are the month's deeper themes, with the Sun in your eighth house.",
         "Deep changes are possible this month: the Sun in your house of transformation helps you let go and "
         "renew."),
        ("Travel, study and wider horizons call this month, with the Sun in your ninth house.",
         "Learning and adventure are this month's best investments, as the Sun lights your house of faraway "
         "places."),
        ("Career and reputation rise to the top this month, with the Sun at the peak of your chart.",
         "Your ambitions are on display this month: the Sun in your tenth house rewards bold professional moves."),
        ("Friends, groups and future plans fill your calendar, with the Sun in your eleventh house all month.",
         "Your network is your strength this month, and the Sun in your house of hopes brings allies together."),
        ("A quieter month lies ahead, with the Sun in your twelfth house preparing you for your birthday season.",
         "Rest, reflection and unhurried private projects suit the month, as the Sun crosses your house of "
         "solitude."),
    ),
    month_new_moon=(
        "This month's new Moon falls in your own sign, the best moment of the year to start a personal project.",
        "The new Moon in your house of money is the moment to open a savings plan or start earning in a new way.",
        "This month's new Moon in your third house starts a fresh chapter in how you learn, write and talk.",
        "A new Moon in your house of home suits a move, a makeover or a new family tradition.",
        "The month's new Moon lands in your fifth house, sparking a new romance, hobby or creative project.",
        "A new Moon in your sixth house is ideal for a new routine at work or a healthier daily habit.",
        "This month's new Moon in your house of partners can start a new relationship or a fresh agreement.",
        "The new Moon in your eighth house is the moment to reset joint finances, settle debts or rebuild trust.",
        "A new Moon in your ninth house opens plans for travel, study or a new outlook.",
        "This month's new Moon at the top of your chart starts a new career goal, so name it clearly.",
        "The new Moon in your house of friends favors joining a group or setting a long-term hope in motion.",
        "A new Moon in your twelfth house starts a quiet reset: rest, reflect and release old worries.",
    ),
    month_full_moon=(
        "The full Moon in your own sign puts your personal needs in full view, and you see yourself more clearly.",
        "This month's full Moon in your house of money shows where your finances stand; adjust calmly.",
        "The full Moon in your third house brings news, a decisive conversation or a finished piece of writing.",
        "A full Moon in your house of home brings a family matter into the open; talk it through with care.",
        "This month's full Moon in your fifth house brings a romance or creative project to its peak.",
        "The full Moon in your sixth house reveals what your routine needs, so adjust the workload and the rest.",
        "A full Moon in your house of partners highlights a relationship; balance your needs with theirs.",
        "The full Moon in your eighth house brings shared money or intimacy to a turning point.",
        "This month's full Moon in your ninth house completes a journey, a course or a change of view.",
        "The full Moon at the top of your chart marks a career milestone, and your efforts are noticed.",
        "A full Moon in your house of friends shows who truly supports you and which hopes still fit.",
        "The full Moon in your twelfth house brings hidden feelings to light; give yourself quiet time to sort "
        "through them.",
    ),
    month_closers=(
        "Take the month in four steady steps, one week at a time.",
        "At the month's end, look back and give yourself credit for how far you came.",
        "Keep one goal for the month in plain sight, and let it guide small choices.",
        "A month is long enough to change a habit; choose the one that matters most.",
        "Leave room in your calendar this month for rest, friends and the unexpected.",
        "Review your plans at mid-month and adjust them without regret.",
        "Let this month's lessons be gentle ones: learn, adjust, move on.",
        "Invest in relationships this month; they return more than any single success.",
        "Make space for something new this month by letting one old thing go.",
        "Pace yourself through the month, and save some energy for its final week.",
        "Whatever this month asks of you, answer with patience and good humor.",
        "Start the month with a clear desk and finish it with a clear mind.",
    ),

    # ---- Key days ----
    key_moon_house=(
        "Moon in your first house: fresh start",
        "Moon in your house of money: budget",
        "Moon in your house of messages: reach out",
        "Moon in your house of home: nest",
        "Moon in your house of romance: play",
        "Moon in your house of routine: organize",
        "Moon in your house of partners: listen",
        "Moon in your house of intimacy: trust",
        "Moon in your house of travel: explore",
        "Moon in your house of career: aim high",
        "Moon in your house of friends: connect",
        "Moon in your house of rest: recharge",
    ),
    key_moon_yours="The Moon enters your sign",
    key_lunation={
        MoonPhase.NEW_MOON: "New Moon {in_sign}",
        MoonPhase.FIRST_QUARTER: "First-quarter Moon {in_sign}",
        MoonPhase.FULL_MOON: "Full Moon {in_sign}",
        MoonPhase.LAST_QUARTER: "Last-quarter Moon {in_sign}",
    },
    key_ingress="{planet} arrives {in_sign}",
    key_ingress_yours="{planet} enters your sign",
    key_station_retrograde="{planet} turns retrograde",
    key_station_direct="{planet} turns direct",
)
