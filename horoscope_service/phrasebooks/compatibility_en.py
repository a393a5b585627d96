"""English phrases for compatibility readings (see `horoscope_service.phrasebooks.compatibility`)."""

from horoscope_service.model import Element, Modality
from horoscope_service.phrasebooks.compatibility import CompatibilityBook

COMPATIBILITY = CompatibilityBook(
    elements={Element.FIRE: "fire", Element.EARTH: "earth", Element.AIR: "air", Element.WATER: "water"},
    modalities={Modality.CARDINAL: "cardinal", Modality.FIXED: "fixed", Modality.MUTABLE: "mutable"},
    distance=(
        # 0: the same sign
        (
            "Sharing a sign, the two of you recognize each other quickly, habits, hopes and blind spots included.",
            "Being so alike feels easy, but it also means neither of you naturally covers what both of you lack.",
        ),
        # 1: neighboring signs (semi-sextile)
        (
            "As neighbors around the zodiac, you sit side by side yet approach life from noticeably different angles.",
            (
                "Each of you holds something the other is still learning, so patience turns small differences into "
                "quiet lessons."
            ),
        ),
        # 2: sextile
        (
            (
                "A sextile links the two of you, a friendly angle that opens doors whenever either of you takes the "
                "first step."
            ),
            "The goodwill is there from the start; what grows from it depends on the effort you both choose to invest.",
        ),
        # 3: square
        (
            (
                "A square stands between your signs, so your instincts often pull in different directions at the same "
                "moment."
            ),
            (
                "That friction can wear you down or sharpen you both, and naming it early keeps it productive rather "
                "than personal."
            ),
        ),
        # 4: trine
        (
            (
                "Your signs form a trine, the smoothest angle of all, and understanding between you often needs very "
                "few words."
            ),
            "With so little resistance, the risk is coasting, so give the connection a fresh challenge now and then.",
        ),
        # 5: quincunx (inconjunct)
        (
            "A quincunx separates your signs, an awkward angle where each of you speaks a slightly different language.",
            "Adjusting to each other takes conscious work, but the bond that results is often unusually inventive.",
        ),
        # 6: opposite signs
        (
            (
                "Opposite signs face each other across the zodiac, so each of you reflects back what the other "
                "tends to overlook."
            ),
            (
                "The attraction of opposites is real, and it lasts when you treat your differences as a balance, not "
                "a contest."
            ),
        ),
    ),
    element_pair={
        (Element.FIRE, Element.FIRE): (
            "Two fire signs together bring enthusiasm, bold plans and plenty of laughter, often all at once.",
            "Tempers flare quickly between you and cool just as fast, so let a spark pass before it becomes a blaze.",
        ),
        (Element.FIRE, Element.EARTH): (
            "Fire brings the spark and earth brings the ground to build on, though your speeds rarely match.",
            "One of you wants to leap while the other wants a plan, and the best results come when both are heard.",
        ),
        (Element.FIRE, Element.AIR): (
            "Fire and air feed each other: ideas turn into action, and action gives rise to new ideas.",
            "Conversation comes easily, and the energy between you can run high enough to forget rest and routine.",
        ),
        (Element.FIRE, Element.WATER): (
            "Fire and water make steam, a mix of real passion and feelings that are easily hurt.",
            "One of you acts on impulse and the other on mood, so gentleness in the heat of the moment matters most.",
        ),
        (Element.EARTH, Element.EARTH): (
            (
                "Two earth signs build something solid together, with shared respect for effort, comfort and promises "
                "kept."
            ),
            "Life between you can settle into routine too easily, so make room for the occasional unplanned outing.",
        ),
        (Element.EARTH, Element.AIR): (
            "Earth deals in what is tangible and air in what is possible, which makes you a thoughtful but sometimes "
            "puzzled pair.",
            (
                "Let ideas and practicality meet halfway: one of you dreams up the plan, the other checks whether it "
                "will hold."
            ),
        ),
        (Element.EARTH, Element.WATER): (
            "Earth and water nourish each other, with steady care on one side and deep feeling on the other.",
            "Trust grows slowly but surely between you, and once it has taken root it is remarkably hard to shake.",
        ),
        (Element.AIR, Element.AIR): (
            "Two air signs never run short of things to talk about, and your minds meet with ease.",
            (
                "Feelings can get lost among the ideas, so say out loud what matters to you instead of assuming it is "
                "understood."
            ),
        ),
        (Element.AIR, Element.WATER): (
            "Air thinks things through while water feels them through, and each can find the other hard to read.",
            "When logic and emotion take turns rather than compete, you can understand each other better than most.",
        ),
        (Element.WATER, Element.WATER): (
            (
                "Two water signs sense each other's moods almost without speaking, which creates a deep, private "
                "understanding."
            ),
            "Shared feelings can also swell into shared worries, so keep a little outside perspective close at hand.",
        ),
    },
    modality_pair={
        (Modality.CARDINAL, Modality.CARDINAL): (
            "Both of you are natural initiators who like to set the direction and get things moving.",
            (
                "When you both want to lead, agree on who takes charge of what, and the rivalry becomes a real "
                "partnership."
            ),
        ),
        (Modality.CARDINAL, Modality.FIXED): (
            "One of you starts things and the other keeps them going, a strong pairing of initiative and endurance.",
            "Friction comes when new plans meet firm habits, so agree together on what stays and what can change.",
        ),
        (Modality.CARDINAL, Modality.MUTABLE): (
            "One of you sets the course while the other adapts it as circumstances shift, which keeps plans flexible.",
            "Trouble starts only when decisions are made too fast for one of you or changed too often for the other.",
        ),
        (Modality.FIXED, Modality.FIXED): (
            "Two fixed signs bring stubborn loyalty: once you commit to each other, you stay committed.",
            (
                "Neither of you gives ground easily, so disagreements can harden unless someone makes the first small "
                "concession."
            ),
        ),
        (Modality.FIXED, Modality.MUTABLE): (
            "One of you offers constancy and the other flexibility, which can balance you well on good days.",
            (
                "The settled one may find the other restless, and the restless one may feel hemmed in, so talk about "
                "pace openly."
            ),
        ),
        (Modality.MUTABLE, Modality.MUTABLE): (
            "Two mutable signs adapt to almost anything, which makes your time together light, varied and easy.",
            "With nobody holding the line, plans can drift, so pick a few commitments and see them through together.",
        ),
    },
    love={
        (Element.FIRE, Element.FIRE): (
            "Romance between two fire signs runs hot and playful, full of dares, surprises and quick reconciliations."
        ),
        (Element.FIRE, Element.EARTH): (
            "In love, impatience meets a slower pace, and the reward for waiting is a warmth that lasts for years."
        ),
        (Element.FIRE, Element.AIR): (
            "Flirting comes naturally to you and your partner, and keeping things fun is what keeps the romance alive."
        ),
        (Element.FIRE, Element.WATER): (
            "Passion runs deep between you and your partner, but tender feelings need careful handling when tempers "
            "rise."
        ),
        (Element.EARTH, Element.EARTH): (
            "Your love grows through small, reliable gestures, like a meal cooked together or a promise quietly kept."
        ),
        (Element.EARTH, Element.AIR): (
            "In love, one of you shows affection through words and the other through actions, so learn to read both."
        ),
        (Element.EARTH, Element.WATER): (
            "You and your partner build a tender, sheltering kind of love in which both of you feel safe to soften."
        ),
        (Element.AIR, Element.AIR): (
            "Love between you and your partner starts in the mind, and good conversation is your most dependable "
            "romance."
        ),
        (Element.AIR, Element.WATER): (
            "Romantically, one of you needs to talk things over and the other needs to feel understood, so offer both."
        ),
        (Element.WATER, Element.WATER): (
            "Your romance is intimate and intuitive, though it helps to say aloud what each of you silently hopes for."
        ),
    },
    love_distance=(
        "Loving someone so similar feels like coming home, but keep some mystery by pursuing interests of your own.",
        (
            "With neighboring signs, small differences in habit call for gentle negotiation rather than silent "
            "resentment."
        ),
        "Romance grows easily out of friendship for the two of you, and shared interests keep the attraction fresh.",
        (
            "The square between your signs brings chemistry and clashes in equal measure, so fight fair and make up "
            "warmly."
        ),
        (
            "Your trine makes affection feel natural and unforced, and small romantic gestures keep it from becoming "
            "routine."
        ),
        "Love across a quincunx asks for curiosity: keep asking what your partner needs instead of guessing.",
        (
            "The pull between opposite signs is strong in romance, and it deepens as each of you learns from the "
            "other's ways."
        ),
    ),
    friendship={
        (Element.FIRE, Element.FIRE): (
            "As friends you egg each other on to try new things, and life around the two of you is rarely dull."
        ),
        (Element.FIRE, Element.EARTH): (
            "This friendship pairs an adventurer with a realist, and each of you keeps the other out of trouble in "
            "a different way."
        ),
        (Element.FIRE, Element.AIR): (
            "Your friendship thrives on shared adventures and long talks, and plans between you tend to multiply."
        ),
        (Element.FIRE, Element.WATER): (
            "As friends, one of you brings courage and the other empathy, and both come in handy when life gets hard."
        ),
        (Element.EARTH, Element.EARTH): (
            "Yours is the kind of friendship that turns up with practical help, no questions asked."
        ),
        (Element.EARTH, Element.AIR): (
            "As friends you complement each other, with one bringing fresh ideas and the other a sensible reality "
            "check."
        ),
        (Element.EARTH, Element.WATER): (
            "This is a loyal, low-drama friendship, where a quiet evening together can mean more than any party."
        ),
        (Element.AIR, Element.AIR): (
            "Your friendship is one long conversation, full of private jokes, shared links and opinions on everything."
        ),
        (Element.AIR, Element.WATER): (
            "One friend wants to analyse a problem and the other simply wants comfort, so ask which kind of support "
            "is needed first."
        ),
        (Element.WATER, Element.WATER): (
            "As friends you read each other's moods instinctively and offer a safe place for confidences."
        ),
    },
    friendship_distance=(
        "Friends of the same sign share a shorthand that others may miss, along with the same stubborn streaks.",
        "As neighboring signs, you make friends who quietly fill each other's gaps without needing to point them out.",
        "A sextile is one of the friendliest angles there is, and this bond can last for years on very little upkeep.",
        "This friendship has its tense moments, but honest disagreements tend to make it stronger rather than weaker.",
        "With a trine between your signs, friendship feels effortless, and you can pick up exactly where you left off.",
        "This is an unlikely-looking friendship that works because each of you shows the other a different world.",
        "As friends from opposite signs you see things from both ends, which makes your advice to each other valuable.",
    ),
    work={
        (Element.FIRE, Element.FIRE): (
            "At work you both bring energy and ambition, so share the limelight fairly and check who is minding the "
            "details."
        ),
        (Element.FIRE, Element.EARTH): (
            "On a shared project one of you supplies momentum and the other delivery, a strong mix when deadlines loom."
        ),
        (Element.FIRE, Element.AIR): (
            "Working together, you generate ideas quickly and pitch them well, though someone must handle the "
            "follow-up."
        ),
        (Element.FIRE, Element.WATER): (
            "As colleagues, one of you pushes forward while the other reads the room, and both instincts help the team."
        ),
        (Element.EARTH, Element.EARTH): (
            "As colleagues you are dependable and thorough, and together you deliver solid results others can rely on."
        ),
        (Element.EARTH, Element.AIR): (
            "At work, one of you designs the strategy and the other tests it against reality, which saves costly "
            "mistakes."
        ),
        (Element.EARTH, Element.WATER): (
            "Working side by side, you combine practical skill with a sense of what people need, and it shows in your "
            "work."
        ),
        (Element.AIR, Element.AIR): (
            "As colleagues you excel at brainstorming and networking, but agree in writing who finishes each task."
        ),
        (Element.AIR, Element.WATER): (
            "On a team, logic comes from one of you and morale from the other, so give credit to both kinds of "
            "contribution."
        ),
        (Element.WATER, Element.WATER): (
            "You work well on anything that calls for care or creativity, though decisions can stall while you gauge "
            "the mood."
        ),
    },
    work_distance=(
        (
            "Working with someone of your own sign means matching methods and goals, so invite a third view before "
            "big decisions."
        ),
        "At work, neighboring signs cover adjoining skills, so split tasks by what each of you does best.",
        "The sextile between you favors cooperation, and joint projects tend to open opportunities for both of you.",
        "Working across a square can be tense, yet that pressure often produces your most ambitious results.",
        (
            "With a trine linking you, tasks pass back and forth smoothly and a shared rhythm develops without much "
            "discussion."
        ),
        "On the job, your approaches rarely line up at first, so set clear expectations and check in often.",
        "Colleagues from opposite signs balance each other's strengths, provided you negotiate rather than compete.",
    ),
    day={
        "moon_in_one": (
            (
                "With the Moon {moon_in}, one of your own signs, that person's feelings set the tone for both of you "
                "today."
            ),
            (
                "The Moon {moon_in} spotlights one of you today, so whoever feels it more strongly should say what "
                "they need."
            ),
            (
                "Today the Moon is {moon_in}, at home in one of your signs, which makes emotions easier to read "
                "between you."
            ),
        ),
        "moon_in_shared_element": (
            "The Moon {moon_in} shares an element with one of you today, making that person's instincts a good guide.",
            "Today, with the Moon {moon_in}, a familiar element colors the day, and cooperation takes less effort.",
            "An element you know well returns with the Moon {moon_in}, so today favors shared plans over solo ones.",
        ),
        "moon_harmonious": (
            "The Moon {moon_in} looks kindly on both your signs today, a good moment for plans you make together.",
            "With the Moon {moon_in} at easy angles to you both, today favors honest talk and generous gestures.",
            "Today the Moon {moon_in} smooths the way between you, so a difficult subject may be easier to raise.",
        ),
        "moon_tense": (
            "The Moon {moon_in} puts pressure on one of you today, so allow for a shorter fuse than usual.",
            "With the Moon {moon_in} at a tense angle, today is better for listening than for settling old arguments.",
            "Today the Moon {moon_in} may leave one of you restless, and a little extra patience will help you both.",
        ),
        "moon_neutral": (
            (
                "With the Moon {moon_in}, today carries no strong pull either way, so the mood between you is yours "
                "to shape."
            ),
            "The Moon {moon_in} stays in the background today, a good time for ordinary routines done together.",
            "Today the Moon {moon_in} leaves you both free to set your own pace and meet somewhere in the middle.",
        ),
    },
)
