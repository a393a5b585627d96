"""Brazilian Portuguese phrases for personal horoscopes (see `horoscope_service.phrasebooks.personal`)."""

from horoscope_service.model import Aspect, Body
from horoscope_service.phrasebooks.personal import PersonalBook

PERSONAL = PersonalBook(
    transits={
        # ---- A Lua: humor, necessidades, os sentimentos do dia (um trânsito da Lua dura horas) ----
        (Body.MOON, Aspect.CONJUNCTION, Body.SUN): (
            "Hoje a Lua encontra seu Sol natal, um pequeno recomeço mensal: seus sentimentos entram em sintonia com "
            "quem você é, então comece algo que seja realmente seu."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.MOON): (
            "Hoje a Lua volta à posição que ocupa no seu mapa natal, a sua revolução lunar do mês: repare no que faz "
            "você se sentir em casa e permita-se exatamente isso."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.MERCURY): (
            "Os sentimentos encontram palavras com facilidade enquanto a Lua cruza seu Mercúrio natal, então diga hoje "
            "o que vem do coração em vez de ficar ensaiando na cabeça."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.VENUS): (
            "O carinho flui com naturalidade enquanto a Lua está sobre sua Vênus natal; procure a pessoa que você ama "
            "ou gaste um pouco com algo que encante você."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.MARS): (
            "Quando a Lua se une ao seu Marte natal, o humor pede ação: despeje esse impulso numa caminhada rápida ou "
            "naquela tarefa emperrada antes que ele vire irritação."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.JUPITER): (
            "Seu astral e sua generosidade sobem juntos quando a Lua de hoje toca o Júpiter do seu mapa natal; "
            "compartilhe à vontade, mas mantenha porções e promessas na medida certa."
        ),
        (Body.MOON, Aspect.CONJUNCTION, Body.SATURN): (
            "A Lua cruza seu Saturno natal e os sentimentos ficam mais sóbrios por algumas horas; uma tarefa útil e "
            "silenciosa acalma mais do que ficar remoendo o que ficou por fazer."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.SUN): (
            "Um sextil da Lua com seu Sol natal dá hoje um empurrãozinho na sua confiança, o bastante para conseguir "
            "algo que você quer, se você abrir a boca e pedir."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.MOON): (
            "Chame alguém para uma visita ou prepare uma comida com gosto de casa: o sextil da Lua com sua própria Lua "
            "natal abre uma porta suave para o aconchego."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.MERCURY): (
            "A Lua faz sextil com seu Mercúrio natal, e uma conversa calorosa está ao seu alcance, desde que seja você "
            "a pegar o telefone."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.VENUS): (
            "Pequenas gentilezas valem em dobro hoje, com a Lua em sextil com a Vênus do seu mapa natal; uma mensagem "
            "carinhosa ou um cafezinho em boa companhia abre corações."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.MARS): (
            "Com a Lua em sextil com seu Marte natal, você tem a dose certa de coragem para retomar um trabalho "
            "parado; comece na próxima hora e o embalo virá naturalmente."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.JUPITER): (
            "A Lua de hoje forma um sextil com seu Júpiter natal e traz um clima de esperança; aceite o pequeno "
            "convite que deixa seu mundo um pouco maior."
        ),
        (Body.MOON, Aspect.SEXTILE, Body.SATURN): (
            "As obrigações pesam menos enquanto a Lua faz sextil com seu Saturno natal, então escolha a "
            "responsabilidade da qual você vem fugindo e resolva-a hoje com calma."
        ),
        (Body.MOON, Aspect.SQUARE, Body.SUN): (
            "A Lua faz quadratura com seu Sol natal, e por algumas horas seu humor e seus objetivos puxam para lados "
            "diferentes; use essa inquietação para destravar um plano parado."
        ),
        (Body.MOON, Aspect.SQUARE, Body.MOON): (
            "Um pouco de ruído emocional acompanha a quadratura da Lua com a Lua do seu próprio mapa natal; perceba o "
            "que parece faltar em casa e resolva hoje uma coisinha."
        ),
        (Body.MOON, Aspect.SQUARE, Body.MERCURY): (
            "Os sentimentos podem turvar suas palavras enquanto a Lua faz quadratura com seu Mercúrio natal, então "
            "releia as mensagens antes de enviar e pergunte em vez de supor."
        ),
        (Body.MOON, Aspect.SQUARE, Body.VENUS): (
            "Sob a quadratura da Lua com sua Vênus natal, a vontade de conforto pode trazer a tentação de gastar "
            "demais ou exagerar; escolha um único mimo e saboreie-o com calma."
        ),
        (Body.MOON, Aspect.SQUARE, Body.MARS): (
            "A irritação sobe rápido quando a Lua faz quadratura com seu Marte natal; transforme esse calor em um "
            "treino, um conserto ou um pedido firme, mas justo."
        ),
        (Body.MOON, Aspect.SQUARE, Body.JUPITER): (
            "Hoje a Lua faz quadratura com seu Júpiter natal e dá vontade de prometer mais do que você pode cumprir; a "
            "generosidade é bonita, mas olhe sua agenda antes."
        ),
        (Body.MOON, Aspect.SQUARE, Body.SATURN): (
            "Uma obrigação pode pesar ou uma preocupação falar mais alto enquanto a Lua faz quadratura com o Saturno "
            "do seu mapa natal; ataque primeiro a menor parte e o fardo começa a ficar mais leve."
        ),
        (Body.MOON, Aspect.TRINE, Body.SUN): (
            "Coração e propósito caminham no mesmo passo hoje, graças ao trígono da Lua com seu Sol natal, e aquilo "
            "que importa para você avança sem muito esforço."
        ),
        (Body.MOON, Aspect.TRINE, Body.MOON): (
            "A Lua faz trígono com sua própria Lua natal e traz um clima suave e tranquilo que faz da sua casa o "
            "melhor lugar para estar; descanse por lá sem culpa."
        ),
        (Body.MOON, Aspect.TRINE, Body.MERCURY): (
            "Palavras gentis fluem enquanto a Lua faz trígono com seu Mercúrio natal, um bom momento para escrever, "
            "explicar ou simplesmente pôr o papo em dia com alguém de quem você sente saudade."
        ),
        (Body.MOON, Aspect.TRINE, Body.VENUS): (
            "O trígono da Lua com sua Vênus natal adoça o dia: o carinho é retribuído com facilidade, e pequenos "
            "prazeres, como uma música ou uma boa refeição, caem muito bem."
        ),
        (Body.MOON, Aspect.TRINE, Body.MARS): (
            "Uma energia constante e bem-humorada chega com a Lua em trígono com o Marte do seu mapa natal, ideal para "
            "terminar um trabalho que você começou há dias."
        ),
        (Body.MOON, Aspect.TRINE, Body.JUPITER): (
            "Quando a Lua faz trígono com seu Júpiter natal, sua visão das coisas se ilumina, e uma ideia otimista ou "
            "um gesto generoso hoje traz de volta mais do que você espera."
        ),
        (Body.MOON, Aspect.TRINE, Body.SATURN): (
            "A disciplina parece serena, e não sombria, enquanto a Lua faz trígono com seu Saturno natal; organize uma "
            "gaveta, um orçamento ou um plano e aproveite a sensação de tudo no lugar."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.SUN): (
            "Hoje a Lua fica em oposição ao seu Sol natal, uma Lua cheia pessoal: alguém próximo pode refletir suas "
            "necessidades como um espelho, então pese os desejos dessa pessoa junto com os seus."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.MOON): (
            "Suas necessidades e as de outra pessoa puxam para lados diferentes enquanto a Lua se opõe à sua própria "
            "Lua natal; diga as suas com gentileza e depois escute de verdade as dela."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.MERCURY): (
            "Com a Lua em oposição ao seu Mercúrio natal, os outros podem ler suas palavras pelo filtro do próprio "
            "humor; ouça primeiro o lado deles e depois explique o seu."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.VENUS): (
            "A Lua se opõe à Vênus do seu mapa natal e pede equilíbrio entre o que você dá e o que recebe no amor; "
            "hoje, deixe alguém mimar você um pouco."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.MARS): (
            "Oposta ao seu Marte natal, a Lua pode fazer os outros parecerem insistentes demais, ou fazer você parecer "
            "assim aos olhos deles; escolha suas batalhas e mantenha a voz calma."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.JUPITER): (
            "Os grandes planos de outra pessoa podem puxar os seus enquanto a Lua se opõe ao seu Júpiter natal; o "
            "entusiasmo é contagiante, então decida o que realmente merece o seu sim."
        ),
        (Body.MOON, Aspect.OPPOSITION, Body.SATURN): (
            "Com a Lua oposta ao seu Saturno natal, as cobranças dos outros pressionam seu senso de dever; combine uma "
            "divisão justa em vez de carregar tudo nas costas."
        ),

        # ---- O Sol: vitalidade, atenção, vontade ----
        (Body.SUN, Aspect.CONJUNCTION, Body.SUN): (
            "O Sol volta ao ponto exato do seu Sol natal, marcando sua revolução solar e a temporada do seu "
            "aniversário: celebre quem você é e defina uma intenção clara para o ano que começa."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.MOON): (
            "Quando o Sol cruza sua Lua natal, a luz recai sobre aquilo de que você precisa para se sentir em "
            "segurança; cuide da casa e do coração, e um recomeço vem em seguida."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.MERCURY): (
            "Sua mente brilha e sua voz vai longe enquanto o Sol encontra seu Mercúrio natal, então apresente a ideia, "
            "defenda o plano e fale sem medo."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.VENUS): (
            "O Sol se une à Vênus do seu mapa natal e deixa seu calor humano à mostra; é um ótimo momento para começar "
            "um romance ou renovar aquele que você já vive."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.MARS): (
            "Força de vontade e garra se fundem quando o Sol encontra seu Marte natal: comece o projeto que exige "
            "fôlego e tome a frente em vez de esperar permissão."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.JUPITER): (
            "Com o Sol iluminando seu Júpiter natal, o otimismo e a boa sorte estão em alta; comece algo generoso, mas "
            "não deixe de ler as letras miúdas."
        ),
        (Body.SUN, Aspect.CONJUNCTION, Body.SATURN): (
            "O Sol encontra seu Saturno natal e lança uma luz sóbria sobre suas responsabilidades, o que faz deste um "
            "momento sólido para se comprometer com uma meta de longo prazo."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.SUN): (
            "Sob o sextil do Sol com seu Sol natal, surge uma chance modesta de mostrar seus talentos, e ela "
            "recompensa quem der o primeiro passo."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.MOON): (
            "O Sol faz sextil com sua Lua natal e abre uma chance de aquecer a vida em casa; receba a família ou os "
            "amigos e deixe que vejam como você é de verdade."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.MERCURY): (
            "Boas ideias estão ao alcance enquanto o Sol faz sextil com o Mercúrio do seu mapa natal; anote, "
            "compartilhe e dê andamento a elas enquanto ainda estão frescas."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.VENUS): (
            "Com o Sol em sextil com sua Vênus natal, uma palavra gentil ou um pequeno presente pode abrir uma porta "
            "no amor; basta você oferecer."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.MARS): (
            "O sextil do Sol com seu Marte natal oferece uma boa dose de disposição, e a tarefa que você vive adiando "
            "finalmente cede se você aproveitar esse impulso."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.JUPITER): (
            "Candidate-se, peça ou se apresente: o Sol faz sextil com seu Júpiter natal, e essa oportunidade de sorte "
            "recompensa quem bate à porta."
        ),
        (Body.SUN, Aspect.SEXTILE, Body.SATURN): (
            "O esforço constante compensa enquanto o Sol faz sextil com seu Saturno natal, então dedique uma hora a "
            "algo feito para durar, como uma poupança, uma habilidade ou uma rotina."
        ),
        (Body.SUN, Aspect.SQUARE, Body.SUN): (
            "O Sol faz quadratura com seu Sol natal, um momento de balanço no seu ano pessoal; o atrito com seus "
            "próprios planos mostra exatamente onde mudar de rumo."
        ),
        (Body.SUN, Aspect.SQUARE, Body.MOON): (
            "As cobranças de fora competem com sua necessidade de conforto enquanto o Sol faz quadratura com a Lua do "
            "seu mapa natal; reserve um tempo de sossego e depois aja no que realmente importa."
        ),
        (Body.SUN, Aspect.SQUARE, Body.MERCURY): (
            "Você pode defender uma opinião com mais força do que o necessário enquanto o Sol faz quadratura com seu "
            "Mercúrio natal; exponha seu ponto uma vez, com clareza, e depois escute."
        ),
        (Body.SUN, Aspect.SQUARE, Body.VENUS): (
            "Com o Sol em quadratura com sua Vênus natal, o orgulho ou pequenas desavenças podem abalar o amor; trate "
            "da questão de fundo, e não só da superfície."
        ),
        (Body.SUN, Aspect.SQUARE, Body.MARS): (
            "A impaciência vai às alturas quando o Sol faz quadratura com seu Marte natal, e ela é um ótimo "
            "combustível para o trabalho pesado e um péssimo combustível para discussões."
        ),
        (Body.SUN, Aspect.SQUARE, Body.JUPITER): (
            "O Sol faz quadratura com seu Júpiter natal, e a tentação de assumir compromissos demais é grande; "
            "mantenha o entusiasmo, mas enxugue o plano até o que você consegue entregar de fato."
        ),
        (Body.SUN, Aspect.SQUARE, Body.SATURN): (
            "Obstáculos e pessoas no comando testam sua vontade enquanto o Sol faz quadratura com o Saturno do seu "
            "mapa natal; a persistência silenciosa vai mais longe do que um confronto."
        ),
        (Body.SUN, Aspect.TRINE, Body.SUN): (
            "O Sol faz trígono com seu Sol natal, então você entra em plena sintonia com quem é, e os outros percebem; "
            "as coisas saem do seu jeito quando você age a partir dos seus pontos fortes naturais."
        ),
        (Body.SUN, Aspect.TRINE, Body.MOON): (
            "Cabeça e coração entram em acordo sob o trígono do Sol com sua Lua natal, e a vida em família fica mais "
            "leve, assim como o simples fato de estar bem na própria pele."
        ),
        (Body.SUN, Aspect.TRINE, Body.MERCURY): (
            "Clareza e confiança enchem suas palavras enquanto o Sol faz trígono com seu Mercúrio natal, então "
            "negociações, textos e estudos fluem sem esforço."
        ),
        (Body.SUN, Aspect.TRINE, Body.VENUS): (
            "O charme vem sem esforço enquanto o Sol faz trígono com a Vênus do seu mapa natal, e as pessoas gostam da "
            "sua companhia; abra espaço para amigos, música e um pouco de beleza."
        ),
        (Body.SUN, Aspect.TRINE, Body.MARS): (
            "Com o Sol em trígono com seu Marte natal, energia e propósito remam na mesma direção, e esportes, "
            "projetos e movimentos ousados fluem sem tropeços."
        ),
        (Body.SUN, Aspect.TRINE, Body.JUPITER): (
            "O Sol faz trígono com seu Júpiter natal, uma corrente generosa e de sorte; compartilhe sua boa fortuna e "
            "diga sim a algo que faça você ir além."
        ),
        (Body.SUN, Aspect.TRINE, Body.SATURN): (
            "Seus esforços encontram terreno firme enquanto o Sol faz trígono com seu Saturno natal, uma boa hora para "
            "planejar, organizar e conquistar um respeito discreto."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.SUN): (
            "O Sol se opõe ao seu Sol natal, marcando a metade do seu ano pessoal; as pessoas ao seu redor refletem "
            "quem você se tornou, então olhe para isso com honestidade."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.MOON): (
            "O que o mundo pede de você e aquilo de que você precisa em casa puxam para lados opostos enquanto o Sol "
            "se opõe à sua Lua natal; equilibre os dois em vez de sacrificar um deles."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.MERCURY): (
            "O Sol se opõe ao Mercúrio do seu mapa natal e coloca suas ideias frente a frente com as dos outros; um "
            "bom debate afia seu raciocínio se você mantiver a curiosidade."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.VENUS): (
            "Alguém pode espelhar seus desejos enquanto o Sol se opõe à sua Vênus natal; repare em quem atrai você, e "
            "por quê."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.MARS): (
            "Os outros podem resistir aos seus planos enquanto o Sol se opõe ao seu Marte natal; mantenha a firmeza, "
            "mas não force mais do que o momento exige."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.JUPITER): (
            "Com o Sol oposto ao seu Júpiter natal, as promessas podem inflar dos dois lados de um acordo; aproveite o "
            "otimismo e combine termos realistas."
        ),
        (Body.SUN, Aspect.OPPOSITION, Body.SATURN): (
            "O Sol se opõe ao seu Saturno natal, e alguém pode cobrar de você um dever ou um limite; responda com "
            "justiça e mantenha suas obrigações em equilíbrio."
        ),

        # ---- Mercúrio: conversas, planos, mensagens, viagens ----
        (Body.MERCURY, Aspect.CONJUNCTION, Body.SUN): (
            "Mercúrio encontra seu Sol natal e coloca suas ideias e sua identidade sob o mesmo holofote; diga em voz "
            "alta o que você quer e trace o próximo passo."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.MOON): (
            "Os sentimentos pedem palavras enquanto Mercúrio cruza sua Lua natal, então converse com a família, "
            "escreva o que está no seu coração ou planeje uma pequena mudança em casa."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.MERCURY): (
            "Mercúrio volta ao ponto exato em que estava quando você nasceu, um recomeço para o seu pensamento; comece "
            "um curso, um diário ou uma nova forma de organizar seus dias."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.VENUS): (
            "Palavras doces saem naturalmente quando Mercúrio se une à sua Vênus natal: escreva o bilhete de amor, "
            "elogie um amigo ou negocie um preço justo."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.MARS): (
            "Mercúrio encontra seu Marte natal, afiando sua língua e acelerando as decisões; fale com convicção e use "
            "esse gume contra os problemas, não contra as pessoas."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.JUPITER): (
            "Grandes planos e boas notícias enchem sua cabeça com Mercúrio sobre o Júpiter do seu mapa natal; pense "
            "grande e depois confira os detalhes antes de assinar."
        ),
        (Body.MERCURY, Aspect.CONJUNCTION, Body.SATURN): (
            "Mercúrio cruza seu Saturno natal e seus pensamentos ficam práticos, um bom momento para contratos, "
            "orçamentos e conversas difíceis conduzidas com calma."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.SUN): (
            "Uma conversa útil pode fazer suas metas andarem agora que Mercúrio faz sextil com seu Sol natal, então "
            "envie a proposta ou tome a iniciativa de ligar."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.MOON): (
            "Mercúrio faz sextil com sua Lua natal e oferece um jeito suave de falar sobre sentimentos; comece em casa "
            "aquela conversa que você vem guardando."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.MERCURY): (
            "As ideias se conectam com facilidade enquanto Mercúrio faz sextil com o ponto que ocupa no seu mapa; "
            "aproveite para aprender algo, trocar impressões ou planejar uma viagem curta."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.VENUS): (
            "Uma mensagem simpática pode despertar um romance ou facilitar uma questão de dinheiro, já que Mercúrio "
            "faz sextil com a Vênus do seu mapa natal; o charme está aí, é só usar."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.MARS): (
            "Raciocínio rápido e ação rápida andam juntos com Mercúrio em sextil com seu Marte natal, então rascunhe o "
            "plano e comece antes que a ideia esfrie."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.JUPITER): (
            "Mercúrio forma um sextil com seu Júpiter natal, e boas notícias podem chegar por meio de estudos, viagens "
            "ou de uma pergunta bem colocada, então vá em frente e pergunte."
        ),
        (Body.MERCURY, Aspect.SEXTILE, Body.SATURN): (
            "Sente-se com a agenda e transforme uma intenção vaga em etapas: o sextil de Mercúrio com seu Saturno "
            "natal recompensa o planejamento cuidadoso."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.SUN): (
            "Mercúrio faz quadratura com seu Sol natal, então suas palavras e seus objetivos podem não combinar; deixe "
            "claro o que você quer dizer antes que os outros decidam isso por você."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.MOON): (
            "O humor dá o tom das conversas enquanto Mercúrio faz quadratura com a Lua do seu mapa natal; se um papo "
            "em casa ficar tenso, diga como você se sente em vez de apontar o que o outro fez."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.MERCURY): (
            "Agendas e mensagens se embaralham quando Mercúrio faz quadratura com a posição que ocupava quando você "
            "nasceu; confira duas vezes horários e endereços e use o atrito para chegar a um plano mais claro."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.VENUS): (
            "Com Mercúrio em quadratura com sua Vênus natal, uma conversa sobre romance ou gastos pode desandar; "
            "escolha palavras gentis e diga com precisão o que você quer."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.MARS): (
            "As discussões pegam fogo rápido enquanto Mercúrio faz quadratura com seu Marte natal, então defenda seu "
            "ponto com fatos e recue antes que tudo vire uma disputa."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.JUPITER): (
            "Mercúrio faz quadratura com seu Júpiter natal e as grandes ideias atropelam os detalhes; prometa um pouco "
            "menos, leia as letras miúdas, e seus planos vão se sustentar."
        ),
        (Body.MERCURY, Aspect.SQUARE, Body.SATURN): (
            "Dúvidas e atrasos podem frear seus planos sob a quadratura de Mercúrio com seu Saturno natal; supere o "
            "obstáculo um passo de cada vez em vez de desistir."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.SUN): (
            "Mercúrio faz trígono com seu Sol natal, e expressar quem você é fica fácil; apresente seu trabalho ou seu "
            "plano, e as pessoas vão acompanhar seu raciocínio."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.MOON): (
            "Conversas de coração aberto fluem naturalmente quando Mercúrio faz trígono com sua Lua natal, deixando "
            "sentimentos e palavras correrem juntos, em casa e com velhos amigos."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.MERCURY): (
            "Sua mente funciona no auge enquanto Mercúrio faz trígono com a própria posição natal; estude, escreva, "
            "viaje ou resolva aquele enigma que vinha desafiando você."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.VENUS): (
            "O trígono de Mercúrio com a Vênus do seu mapa natal dá a você poder de persuasão e elegância, um ótimo "
            "momento para a conquista amorosa, bilhetes de agradecimento e acordos amigáveis."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.MARS): (
            "Com Mercúrio em trígono com seu Marte natal, seu raciocínio fica ágil e certeiro; encare o problema de "
            "frente e a solução aparece com facilidade."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.JUPITER): (
            "Planeje uma viagem, apresente uma grande ideia ou aprenda algo que amplie sua visão: Mercúrio faz trígono "
            "com seu Júpiter natal, e boas ideias trazem boas notícias."
        ),
        (Body.MERCURY, Aspect.TRINE, Body.SATURN): (
            "Mercúrio faz trígono com seu Saturno natal e empresta paciência e foco aos seus planos, então trabalhos "
            "minuciosos, contratos e planejamento de longo prazo vão bem."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.SUN): (
            "Os outros podem questionar seus planos enquanto Mercúrio se opõe ao seu Sol natal; ouça o ponto de vista "
            "deles e você vai descobrir o que precisa explicar melhor."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.MOON): (
            "Com Mercúrio oposto à sua Lua natal, as palavras de alguém podem tocar num ponto sensível; responda "
            "quando a calma voltar e equilibre lógica e sentimento."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.MERCURY): (
            "Mercúrio se opõe à própria posição natal, então suas ideias encontram o oposto delas em outra pessoa; o "
            "debate esclarece as coisas se cada um continuar escutando o outro."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.VENUS): (
            "Uma conversa sobre amor ou dinheiro tem dois lados quando Mercúrio se opõe à sua Vênus natal; encontre o "
            "meio-termo em que cada lado se sinta valorizado."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.MARS): (
            "Mercúrio se opõe ao Marte do seu mapa natal, e os debates podem esquentar; discuta a ideia, não a pessoa, "
            "e saiba a hora de deixar para lá."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.JUPITER): (
            "Detalhes e visão geral puxam em direções opostas com Mercúrio oposto ao seu Júpiter natal; pese os dois "
            "antes de topar qualquer coisa grande."
        ),
        (Body.MERCURY, Aspect.OPPOSITION, Body.SATURN): (
            "Mercúrio se opõe ao seu Saturno natal, e uma voz cautelosa pode questionar suas ideias; responda com "
            "fatos, acolha as críticas justas e deixe o resto para trás."
        ),

        # ---- Vênus: afeto, prazer, dinheiro, harmonia ----
        (Body.VENUS, Aspect.CONJUNCTION, Body.SUN): (
            "Vênus encontra seu Sol natal e uma acolhida calorosa espera você aonde quer que vá; comece algo que você "
            "ama, capriche um pouco no visual e deixe que os outros admirem você."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.MOON): (
            "Vênus cruza sua Lua natal e leva ternura para dentro de casa: deixe seu espaço bonito, divida uma "
            "refeição com quem você ama e permita que cuidem de você."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.MERCURY): (
            "Suas palavras ganham charme quando Vênus se une ao seu Mercúrio natal, então escreva, flerte ou negocie, "
            "porque falar com gentileza compensa."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.VENUS): (
            "Vênus volta para casa, à posição que ocupa no seu mapa natal, e renova o que você ama e valoriza; "
            "pergunte-se o que de fato encanta você e comece a investir nisso."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.MARS): (
            "Desejo e carinho se fundem enquanto Vênus encontra seu Marte natal, e o romance e a paixão criativa se "
            "acendem, então vá atrás dessa atração."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.JUPITER): (
            "Vênus se une ao Júpiter do seu mapa natal, um dos toques mais doces para o amor e o dinheiro; aproveite a "
            "generosidade à sua volta e fique de olho nos gastos."
        ),
        (Body.VENUS, Aspect.CONJUNCTION, Body.SATURN): (
            "O compromisso ganha destaque quando Vênus cruza seu Saturno natal; uma conversa séria sobre amor ou "
            "dinheiro pode lançar as bases de algo duradouro."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.SUN): (
            "Boas companhias estão por perto enquanto Vênus faz sextil com seu Sol natal; aceite o convite ou, melhor "
            "ainda, tome a iniciativa de convidar."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.MOON): (
            "Deixe a casa um pouco mais aconchegante enquanto Vênus faz sextil com sua Lua natal: convide alguém "
            "querido ou acrescente um pequeno conforto, como flores frescas ou uma luz suave."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.MERCURY): (
            "Vênus faz sextil com seu Mercúrio natal e as palavras gentis saem com facilidade; mande o elogio ou o "
            "bilhete de agradecimento, e a boa vontade volta para você."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.VENUS): (
            "Vênus faz sextil com a própria posição natal, uma pequena chance de aproveitar o que você valoriza; "
            "marque um encontro, visite uma exposição ou compre uma única coisa que tenha significado para você."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.MARS): (
            "Uma faísca romântica ou criativa está ao seu alcance com Vênus em sextil com o Marte do seu mapa natal, "
            "mas só se você der o primeiro passo."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.JUPITER): (
            "Vênus forma um sextil com seu Júpiter natal e sugere um golpe de sorte no amor ou no dinheiro; aceite a "
            "oferta, depois de ler as condições."
        ),
        (Body.VENUS, Aspect.SEXTILE, Body.SATURN): (
            "A lealdade demonstrada na prática compensa enquanto Vênus faz sextil com seu Saturno natal, então separe "
            "um dinheiro para a poupança ou cumpra uma promessa feita a alguém especial."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.SUN): (
            "Vênus faz quadratura com seu Sol natal, e a vontade de agradar pode bater de frente com ser fiel a quem "
            "você é; escolha a honestidade, dita com gentileza."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.MOON): (
            "Necessidades emocionais e prazer se desencontram sob a quadratura de Vênus com sua Lua natal; compras "
            "para se consolar não resolvem, mas uma conversa franca e delicada resolve."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.MERCURY): (
            "Com Vênus em quadratura com seu Mercúrio natal, palavras educadas podem esconder sentimentos verdadeiros; "
            "diga o que pensa com tato e evite compras por impulso."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.VENUS): (
            "O que você valoriza pode parecer fora de compasso com o que você tem enquanto Vênus faz quadratura com a "
            "própria posição natal; repense um hábito no amor ou nos gastos."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.MARS): (
            "Vênus faz quadratura com o Marte do seu mapa natal e mexe ao mesmo tempo com o desejo e o atrito; uma "
            "briga de casal pode desanuviar o clima, desde que seja uma briga limpa."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.JUPITER): (
            "O excesso do que é bom fica tentador enquanto Vênus faz quadratura com seu Júpiter natal; divirta-se, mas "
            "defina um orçamento antes de a festa começar."
        ),
        (Body.VENUS, Aspect.SQUARE, Body.SATURN): (
            "O amor ou o dinheiro podem parecer limitados com Vênus em quadratura com seu Saturno natal, e essa "
            "pressão é um bom sinal para consertar o que não está funcionando."
        ),
        (Body.VENUS, Aspect.TRINE, Body.SUN): (
            "Vênus faz trígono com seu Sol natal, e fica fácil gostar de você e fácil agradar você; aproveite a "
            "atenção e distribua seu carinho à vontade."
        ),
        (Body.VENUS, Aspect.TRINE, Body.MOON): (
            "A harmonia se instala na casa e no coração quando Vênus faz trígono com a Lua do seu mapa natal; passe "
            "tempo com as pessoas que trazem segurança para você."
        ),
        (Body.VENUS, Aspect.TRINE, Body.MERCURY): (
            "Palavras amáveis saem sem esforço enquanto Vênus faz trígono com seu Mercúrio natal, então negocie, "
            "escreva ou fale de amor, porque as pessoas querem ouvir."
        ),
        (Body.VENUS, Aspect.TRINE, Body.VENUS): (
            "Vênus faz trígono com a própria posição natal, uma corrente doce e tranquila para o amor e o prazer; "
            "relaxe em boa companhia e gaste com o que você realmente valoriza."
        ),
        (Body.VENUS, Aspect.TRINE, Body.MARS): (
            "Paixão e carinho fluem juntos com Vênus em trígono com seu Marte natal, e romance, arte e diversão "
            "florescem."
        ),
        (Body.VENUS, Aspect.TRINE, Body.JUPITER): (
            "A gentileza volta com juros enquanto Vênus faz trígono com seu Júpiter natal, um dos toques de maior "
            "sorte para o amor e o dinheiro, então não economize generosidade."
        ),
        (Body.VENUS, Aspect.TRINE, Body.SATURN): (
            "Vênus faz trígono com seu Saturno natal e dá estabilidade aos relacionamentos e às finanças; é um bom "
            "momento para uma promessa duradoura ou um investimento sensato."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.SUN): (
            "Vênus se opõe ao seu Sol natal, e a pessoa amada ou uma amizade pode refletir seus desejos de volta para "
            "você; procure o meio do caminho e deixe o carinho suavizar o orgulho."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.MOON): (
            "Suas necessidades e os desejos de outra pessoa puxam para direções diferentes com Vênus oposta à sua Lua "
            "natal; procure um aconchego que sirva para os dois lados."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.MERCURY): (
            "Em conversas sobre amor ou dinheiro, cada lado tem suas razões enquanto Vênus se opõe ao Mercúrio do seu "
            "mapa natal; preste atenção no que a outra pessoa realmente valoriza."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.VENUS): (
            "Os relacionamentos viram um espelho quando Vênus se opõe à própria posição natal: o que você busca nos "
            "outros mostra o que você já pode oferecer a si."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.MARS): (
            "Atração e tensão crescem juntas com Vênus oposta ao seu Marte natal; equilibre o querer e o dar, e a "
            "faísca continua doce."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.JUPITER): (
            "Vênus se opõe ao seu Júpiter natal, e os outros podem atrair você para grandes gestos e excessos; "
            "aproveite sem deixar a generosidade passar à frente do bom senso."
        ),
        (Body.VENUS, Aspect.OPPOSITION, Body.SATURN): (
            "O amor pode pedir paciência, ou o dever pode tomar o lugar do prazer, enquanto Vênus se opõe ao seu "
            "Saturno natal; pese os dois lados e escolha o que merece o seu tempo."
        ),

        # ---- Marte: garra, raiva, coragem, ação ----
        (Body.MARS, Aspect.CONJUNCTION, Body.SUN): (
            "Marte encontra seu Sol natal e carrega sua vontade e sua vitalidade; lance algo ousado e gaste o calor "
            "extra em ação, não em discussões."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.MOON): (
            "Sentimentos fortes se agitam em casa quando Marte cruza sua Lua natal, então conserte, limpe ou "
            "reorganize alguma coisa e deixe o mau humor fora das conversas em família."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.MERCURY): (
            "Com Marte sobre seu Mercúrio natal, a mente fica ágil e as palavras saem afiadas; argumente com "
            "convicção, mas escolha as batalhas que valem a pena."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.VENUS): (
            "Marte encontra a Vênus do seu mapa natal e acende a paixão; arrisque um gesto romântico ousado ou despeje "
            "essa energia em algo que você crie com as próprias mãos."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.MARS): (
            "Marte retorna à posição que ocupa no seu mapa natal e inicia um novo ciclo de dois anos de energia e "
            "iniciativa; decida para onde apontar sua coragem e comece."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.JUPITER): (
            "Marte se une ao seu Júpiter natal e dá combustível às suas ambições; dê um passo audacioso rumo ao "
            "crescimento, mas mantenha o excesso de confiança sob controle."
        ),
        (Body.MARS, Aspect.CONJUNCTION, Body.SATURN): (
            "Garra e disciplina se encontram quando Marte cruza seu Saturno natal; a frustração é provável, mas o "
            "esforço paciente e constante faz você atravessar o muro."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.SUN): (
            "Um sextil de Marte com seu Sol natal abre uma janela para agir com confiança; aproveite-a para encarar "
            "uma meta que você continua adiando."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.MOON): (
            "Chega energia para melhorias em casa e conversas sinceras em família com Marte em sextil com sua Lua "
            "natal; comece um projeto prático enquanto a motivação dura."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.MERCURY): (
            "Marte faz sextil com o Mercúrio do seu mapa natal e afia seu raciocínio: tome a decisão, envie a proposta "
            "e faça seus planos avançarem."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.VENUS): (
            "Romance e prazer respondem à iniciativa enquanto Marte faz sextil com sua Vênus natal, então planeje um "
            "encontro ou um passeio e faça acontecer."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.MARS): (
            "Marte faz sextil com a própria posição natal e oferece uma energia extra e constante; invista-a em "
            "exercícios, num projeto ou naquela tarefa atrasada da sua lista."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.JUPITER): (
            "Apresente a ideia, faça a inscrição ou dê o salto: Marte forma um sextil com seu Júpiter natal, e a ação "
            "ousada tem espaço para se transformar em algo recompensador."
        ),
        (Body.MARS, Aspect.SEXTILE, Body.SATURN): (
            "O trabalho duro compensa com Marte em sextil com seu Saturno natal; coloque sua energia em estruturas de "
            "longo prazo e veja como elas se sustentam."
        ),
        (Body.MARS, Aspect.SQUARE, Body.SUN): (
            "Marte faz quadratura com seu Sol natal, e choques de vontade são possíveis; use a pressão para vencer um "
            "obstáculo em vez de atropelar as pessoas."
        ),
        (Body.MARS, Aspect.SQUARE, Body.MOON): (
            "A irritabilidade pode aflorar em casa enquanto Marte faz quadratura com a Lua do seu mapa natal; diga "
            "logo o que incomoda você, antes que tudo ferva e transborde."
        ),
        (Body.MARS, Aspect.SQUARE, Body.MERCURY): (
            "As palavras podem ficar cortantes e as decisões, precipitadas quando Marte faz quadratura com seu "
            "Mercúrio natal; conte até dez e depois diga com simplicidade o que precisa ser dito."
        ),
        (Body.MARS, Aspect.SQUARE, Body.VENUS): (
            "Marte faz quadratura com sua Vênus natal e cria atrito entre o desejo e a harmonia; um desentendimento no "
            "amor pode levar à sinceridade se você agir com justiça."
        ),
        (Body.MARS, Aspect.SQUARE, Body.MARS): (
            "Marte faz quadratura com a própria posição natal, um ponto de revisão no seu ciclo de dois anos de "
            "impulso e ação; a frustração mostra onde o seu jeito habitual de agir deixou de funcionar."
        ),
        (Body.MARS, Aspect.SQUARE, Body.JUPITER): (
            "A vontade de abraçar o mundo é grande com Marte em quadratura com seu Júpiter natal; a ambição é "
            "bem-vinda, mas dose o ritmo e avalie os riscos."
        ),
        (Body.MARS, Aspect.SQUARE, Body.SATURN): (
            "O esforço encontra resistência enquanto Marte faz quadratura com seu Saturno natal, então não force a "
            "barra e contorne o obstáculo com paciência."
        ),
        (Body.MARS, Aspect.TRINE, Body.SUN): (
            "Marte faz trígono com o Sol do seu mapa natal, e vitalidade e confiança não faltam; tome a frente, comece "
            "o projeto e aproveite o embalo."
        ),
        (Body.MARS, Aspect.TRINE, Body.MOON): (
            "A emoção vira ação útil quando Marte faz trígono com sua Lua natal: cozinhe, construa ou faça uma faxina "
            "em casa e saboreie a satisfação."
        ),
        (Body.MARS, Aspect.TRINE, Body.MERCURY): (
            "Com Marte em trígono com seu Mercúrio natal, seu raciocínio ganha firmeza e suas palavras convencem, "
            "então debata, apresente propostas ou escreva com confiança."
        ),
        (Body.MARS, Aspect.TRINE, Body.VENUS): (
            "Marte faz trígono com sua Vênus natal e mistura paixão e ternura com naturalidade; romance, criatividade "
            "e vida social ganham força."
        ),
        (Body.MARS, Aspect.TRINE, Body.MARS): (
            "Sua energia flui livremente enquanto Marte faz trígono com a própria posição natal, um ótimo momento para "
            "esportes, trabalho pesado e qualquer começo ousado."
        ),
        (Body.MARS, Aspect.TRINE, Body.JUPITER): (
            "Coragem e sorte trabalham juntas sob o trígono de Marte com seu Júpiter natal; corra um risco calculado, "
            "porque a fortuna sorri para a sua iniciativa."
        ),
        (Body.MARS, Aspect.TRINE, Body.SATURN): (
            "Marte faz trígono com o Saturno do seu mapa natal e traz uma energia disciplinada; o esforço constante e "
            "focado constrói algo que vai durar."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.SUN): (
            "Marte se opõe ao seu Sol natal, e alguém pode desafiar você de frente; mantenha sua posição com calma e "
            "busque o equilíbrio em vez da vitória."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.MOON): (
            "Com Marte oposto à sua Lua natal, as atitudes dos outros podem mexer com suas emoções; responda com a "
            "cabeça fria, e não com a mágoa, e faça da casa uma zona de trégua."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.MERCURY): (
            "Os debates podem ficar acalorados enquanto Marte se opõe ao seu Mercúrio natal; ouça o outro lado até o "
            "fim antes de responder."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.VENUS): (
            "Atração e conflito soltam faíscas juntos quando Marte se opõe à Vênus do seu mapa natal; equilibre paixão "
            "e paciência, e a tensão pode aproximar vocês."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.MARS): (
            "Marte se opõe à própria posição natal, o ponto intermediário do seu ciclo de Marte; as ambições dos "
            "outros testam as suas, então ajuste a rota em vez de brigar."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.JUPITER): (
            "Com Marte oposto ao seu Júpiter natal, o empurrão de outra pessoa pode levar você a dar um passo maior "
            "que a perna; pare, pese o custo e aja dentro do que é realista."
        ),
        (Body.MARS, Aspect.OPPOSITION, Body.SATURN): (
            "Urgência e cautela puxam em sentidos contrários quando Marte se opõe ao seu Saturno natal; deixe a tensão "
            "mostrar qual regra flexibilizar e qual manter."
        ),

        # ---- Júpiter: crescimento, sorte, generosidade, excesso ----
        (Body.JUPITER, Aspect.CONJUNCTION, Body.SUN): (
            "Júpiter encontra seu Sol natal e abre um novo capítulo generoso de crescimento e confiança; sonhe grande "
            "e deixe sua luz chegar mais longe do que antes."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.MOON): (
            "Sua sensação de lar e de pertencimento se expande quando Júpiter cruza sua Lua natal; cultive os laços de "
            "família e, quem sabe, abra mais espaço na sua casa."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.MERCURY): (
            "Com Júpiter sobre seu Mercúrio natal, sua mente se abre para grandes ideias; estude, publique, viaje ou "
            "ensine, e veja sua voz ganhar alcance."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.VENUS): (
            "Júpiter encontra a Vênus do seu mapa natal, uma fase farta para o amor e o dinheiro; saboreie a "
            "abundância e lembre que mais nem sempre é melhor."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.MARS): (
            "Júpiter se une ao seu Marte natal e turbina a coragem e a ambição; comece um empreendimento ousado, mas "
            "mantenha o entusiasmo amarrado a um plano."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.JUPITER): (
            "Júpiter volta à posição que ocupava quando você nasceu, o seu retorno de Júpiter, que acontece a cada "
            "doze anos; um novo ciclo de crescimento começa, então escolha onde se expandir."
        ),
        (Body.JUPITER, Aspect.CONJUNCTION, Body.SATURN): (
            "Esperança e responsabilidade se encontram quando Júpiter cruza seu Saturno natal, e as estruturas que "
            "você construiu podem crescer; amplie-as com sabedoria, um andar de cada vez."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.SUN): (
            "O reconhecimento está ao alcance quando Júpiter faz sextil com seu Sol natal, mas a porta só se abre para "
            "uma proposta clara e confiante, então faça a sua."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.MOON): (
            "Júpiter faz sextil com sua Lua natal e convida mais calor humano para a vida em casa; receba os amigos, "
            "reaproxime-se da família ou abra espaço para alguém novo."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.MERCURY): (
            "As chances de aprender e trocar ideias se multiplicam enquanto Júpiter faz sextil com o Mercúrio do seu "
            "mapa natal; inscreva-se, dê sua opinião ou planeje aquela viagem de que você vive falando."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.VENUS): (
            "Diga sim a gente nova e a novas experiências: Júpiter faz sextil com sua Vênus natal, e oportunidades de "
            "amor e prazer aparecem para quem procura."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.MARS): (
            "Júpiter faz sextil com seu Marte natal e abre uma janela para ações ousadas e recompensadoras; o esforço "
            "que você investir nesta fase tem tudo para dar retorno."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.JUPITER): (
            "Júpiter faz sextil com a própria posição natal, uma brecha de sorte no seu ciclo de crescimento de doze "
            "anos; agarre a chance quando ela aparecer, porque ela não vai esperar."
        ),
        (Body.JUPITER, Aspect.SEXTILE, Body.SATURN): (
            "O esforço constante encontra apoio com Júpiter em sextil com seu Saturno natal, então peça o respaldo, a "
            "promoção ou a orientação de que você precisa."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.SUN): (
            "Júpiter faz quadratura com o Sol do seu mapa natal, e a ambição pode ficar maior que seus planos; deixe o "
            "atrito fazer você crescer, mas mantenha suas promessas realistas."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.MOON): (
            "As emoções transbordam e a casa pode parecer apertada enquanto Júpiter faz quadratura com sua Lua natal; "
            "decida do que você realmente precisa antes de acrescentar mais alguma coisa."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.MERCURY): (
            "Grandes planos podem pular os detalhes sob a quadratura de Júpiter com seu Mercúrio natal; confira os "
            "fatos, reduza o escopo e depois siga em frente com confiança."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.VENUS): (
            "Júpiter faz quadratura com sua Vênus natal e traz a tentação de gastar demais ou prometer demais no amor; "
            "aproveite seus prazeres, mas estabeleça limites sensatos."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.MARS): (
            "Correr riscos parece irresistível quando Júpiter faz quadratura com seu Marte natal; canalize esse "
            "impulso para um avanço bem planejado, e não para um salto imprudente."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.JUPITER): (
            "Júpiter faz quadratura com a própria posição natal, uma etapa de avaliação no seu ciclo de doze anos; a "
            "inquietação mostra onde suas crenças precisam de atualização."
        ),
        (Body.JUPITER, Aspect.SQUARE, Body.SATURN): (
            "A vontade de crescer esbarra na sua cautela com Júpiter em quadratura com o Saturno do seu mapa natal; "
            "deixe que uma modere a outra e avance em passos medidos."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.SUN): (
            "Júpiter faz trígono com seu Sol natal e traz uma fase longa e tranquila de confiança e boa sorte; mire "
            "alto, porque as portas se abrem com facilidade para você."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.MOON): (
            "Leveza emocional e bênçãos no lar chegam com Júpiter em trígono com sua Lua natal; aproveite a família, o "
            "conforto e um clima de generosidade."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.MERCURY): (
            "Estudos, escrita e viagens fluem bem enquanto Júpiter faz trígono com seu Mercúrio natal, então espalhe "
            "suas ideias, que elas encontram um público receptivo."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.VENUS): (
            "Júpiter faz trígono com a Vênus do seu mapa natal, uma fase feliz e tranquila para o amor, as amizades e "
            "o dinheiro; aproveite e repasse um pouco da sua boa sorte."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.MARS): (
            "Movimentos ousados têm bom respaldo com Júpiter em trígono com seu Marte natal; comece o negócio, o "
            "treino ou a aventura com que você vem sonhando."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.JUPITER): (
            "Júpiter faz trígono com a própria posição natal, uma fase harmoniosa do seu ciclo de doze anos, e o "
            "crescimento vem naturalmente, então siga o que inspira você."
        ),
        (Body.JUPITER, Aspect.TRINE, Body.SATURN): (
            "Visão e disciplina se equilibram enquanto Júpiter faz trígono com seu Saturno natal, uma fase ideal para "
            "construir uma carreira, um lar ou um plano duradouro."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.SUN): (
            "Júpiter se opõe ao seu Sol natal, e os outros podem trazer grandes oportunidades ou grandes exigências; "
            "avalie cada uma à luz de quem você realmente é."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.MOON): (
            "O entusiasmo dos outros mexe com seus sentimentos enquanto Júpiter se opõe à Lua do seu mapa natal; "
            "aproveite o calor humano, mas proteja sua necessidade de sossego."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.MERCURY): (
            "Outros pontos de vista desafiam o seu quando Júpiter se opõe ao seu Mercúrio natal; mantenha a mente "
            "aberta, porque o debate pode ampliar seus horizontes."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.VENUS): (
            "Gestos generosos vão e voltam com Júpiter oposto à sua Vênus natal; aproveite o prazer de dar e de "
            "receber e mantenha amor e dinheiro em equilíbrio."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.MARS): (
            "Júpiter se opõe ao seu Marte natal, e os outros podem incentivar riscos que você não correria por conta "
            "própria; veja se esse empurrão serve aos seus objetivos."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.JUPITER): (
            "Júpiter se opõe à própria posição natal, o ponto médio do seu ciclo de doze anos; os outros refletem suas "
            "crenças de volta para você e mostram onde crescer a seguir."
        ),
        (Body.JUPITER, Aspect.OPPOSITION, Body.SATURN): (
            "Expansão e segurança travam um cabo de guerra com Júpiter oposto ao seu Saturno natal; alguém pode "
            "insistir para você se soltar, então encontre o seu próprio equilíbrio."
        ),

        # ---- Saturno: dever, limites, paciência, estrutura ----
        (Body.SATURN, Aspect.CONJUNCTION, Body.SUN): (
            "Saturno encontra seu Sol natal, uma passagem exigente, mas decisiva; comprometa-se com o que realmente "
            "importa e abra mão de papéis que já não servem para você."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.MOON): (
            "Saturno cruza a Lua do seu mapa natal e pede que você leve a sério suas necessidades emocionais; construa "
            "um lar e rotinas que de fato sustentem você."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.MERCURY): (
            "Seu pensamento fica sério e preciso quando Saturno se une ao seu Mercúrio natal; estude, planeje e só "
            "assine o que você entender por completo."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.VENUS): (
            "Saturno encontra sua Vênus natal e põe à prova seus relacionamentos e suas finanças; o que é verdadeiro "
            "se fortalece, e o que não é pode ir embora em silêncio."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.MARS): (
            "O esforço pode parecer travado enquanto Saturno se une ao seu Marte natal; a ação lenta e disciplinada "
            "funciona melhor do que a força e constrói uma resiliência duradoura."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.JUPITER): (
            "Saturno cruza seu Júpiter natal e pede que suas esperanças ganhem forma concreta; corte os sonhos que "
            "você não consegue sustentar e invista nos que consegue."
        ),
        (Body.SATURN, Aspect.CONJUNCTION, Body.SATURN): (
            "Saturno retorna à posição exata que ocupa no seu mapa natal, o seu retorno de Saturno, um rito de "
            "passagem que pede que você assuma as rédeas da própria vida."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.SUN): (
            "O sextil de Saturno com seu Sol natal oferece a chance de construir algo sólido; assuma uma "
            "responsabilidade de verdade e veja sua reputação crescer."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.MOON): (
            "Saturno faz sextil com sua Lua natal e favorece rotinas estáveis e segurança emocional; resolva uma "
            "questão da casa ou da família enquanto isso é fácil."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.MERCURY): (
            "O raciocínio cuidadoso e o planejamento são favorecidos com Saturno em sextil com o Mercúrio do seu mapa "
            "natal; aproveite a brecha para escrever, estudar ou fechar um contrato."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.VENUS): (
            "Amor e dinheiro se beneficiam do compromisso quando Saturno faz sextil com sua Vênus natal, então faça "
            "uma promessa prática ou comece um plano de poupança."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.MARS): (
            "Saturno faz sextil com seu Marte natal e dá a você fôlego para um trabalho paciente e disciplinado; "
            "aproveite para encarar um projeto longo passo a passo."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.JUPITER): (
            "Dê bases firmes às suas ambições enquanto Saturno faz sextil com seu Júpiter natal: um plano sensato "
            "feito nesta fase pode sustentar seu crescimento por anos."
        ),
        (Body.SATURN, Aspect.SEXTILE, Body.SATURN): (
            "Saturno faz sextil com a própria posição natal, um ponto construtivo no seu longo ciclo de Saturno; "
            "reforce suas bases e assuma os deveres que fazem sentido para você."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.SUN): (
            "Saturno faz quadratura com seu Sol natal, e os obstáculos testam sua determinação; a pressão é real, mas "
            "enfrentá-la constrói uma confiança que dura."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.MOON): (
            "Com Saturno em quadratura com sua Lua natal, a vida em casa pode pesar ou suas necessidades podem ficar "
            "sem resposta; tenha paciência consigo e reforce o que dá sustentação a você."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.MERCURY): (
            "Os planos podem empacar ou as dúvidas falar mais alto quando Saturno faz quadratura com seu Mercúrio "
            "natal; desacelere, revise seu raciocínio e ajuste em vez de desistir."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.VENUS): (
            "Saturno faz quadratura com a Vênus do seu mapa natal e testa o amor e as finanças; encare a pergunta "
            "difícil com honestidade, e o que ficar sairá mais forte."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.MARS): (
            "A frustração cresce quando a ação encontra resistência, e a quadratura de Saturno com seu Marte natal "
            "traz as duas coisas; trabalhe com mais inteligência, não com mais força, e respeite seu ritmo."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.JUPITER): (
            "Saturno faz quadratura com seu Júpiter natal e pisa no freio da expansão; deixe o atrito mostrar quais "
            "planos valem o esforço."
        ),
        (Body.SATURN, Aspect.SQUARE, Body.SATURN): (
            "Saturno faz quadratura com a própria posição natal, um dos marcos do seu ciclo de Saturno; as estruturas "
            "que já não servem se revelam, então reconstrua com cuidado."
        ),
        (Body.SATURN, Aspect.TRINE, Body.SUN): (
            "Saturno faz trígono com seu Sol natal e empresta firmeza e autoridade; as metas de longo prazo avançam "
            "com segurança, então invista esforço onde faz diferença."
        ),
        (Body.SATURN, Aspect.TRINE, Body.MOON): (
            "Estabilidade emocional e calma no lar chegam com Saturno em trígono com sua Lua natal, uma boa fase para "
            "resolver de vez as questões de família."
        ),
        (Body.SATURN, Aspect.TRINE, Body.MERCURY): (
            "Seu pensamento fica claro e disciplinado enquanto Saturno faz trígono com o Mercúrio do seu mapa natal; "
            "planeje com cuidado agora, e seus planos vão se manter de pé."
        ),
        (Body.SATURN, Aspect.TRINE, Body.VENUS): (
            "Saturno faz trígono com sua Vênus natal e fortalece os compromissos no amor e no dinheiro; a lealdade é "
            "recompensada e um relacionamento estável se aprofunda."
        ),
        (Body.SATURN, Aspect.TRINE, Body.MARS): (
            "Esforço e disciplina trabalham em conjunto com Saturno em trígono com seu Marte natal, então a ação firme "
            "e paciente permite que você realize muita coisa."
        ),
        (Body.SATURN, Aspect.TRINE, Body.JUPITER): (
            "Saturno faz trígono com seu Júpiter natal e equilibra visão e realismo; o crescimento que você construir "
            "nesta fase se apoia em terreno firme."
        ),
        (Body.SATURN, Aspect.TRINE, Body.SATURN): (
            "Saturno faz trígono com a própria posição natal, uma fase estável no seu longo ciclo de amadurecimento; "
            "as estruturas que você construiu cumprem bem o seu papel."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.SUN): (
            "Sob a oposição de Saturno ao seu Sol natal, alguém com autoridade pode questionar seu rumo; mantenha-se "
            "fiel ao seu propósito enquanto ajusta o que está fora de equilíbrio."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.MOON): (
            "As responsabilidades com os outros podem pesar na sua vida emocional enquanto Saturno se opõe à sua Lua "
            "natal; divida a carga e diga com clareza do que você precisa."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.MERCURY): (
            "Críticas ou atrasos podem cruzar o caminho dos seus planos quando Saturno se opõe ao seu Mercúrio natal; "
            "aproveite a parte útil e revise com paciência."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.VENUS): (
            "Saturno se opõe à Vênus do seu mapa natal e testa o equilíbrio dos seus relacionamentos; o que você dá e "
            "o que recebe precisa ser justo para durar."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.MARS): (
            "Com Saturno oposto ao seu Marte natal, regras ou figuras de autoridade podem barrar seu ímpeto; encontre "
            "um caminho paciente em vez de um choque de frente."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.JUPITER): (
            "Cautela e esperança ficam frente a frente quando Saturno se opõe ao seu Júpiter natal; o realismo dos "
            "outros pode frear seus planos, então fique com o que é sólido e descarte o resto."
        ),
        (Body.SATURN, Aspect.OPPOSITION, Body.SATURN): (
            "Saturno se opõe à própria posição natal, a metade do caminho no seu ciclo de Saturno; as cobranças "
            "externas refletem as internas, então reequilibre aquilo com que você se comprometeu."
        ),
    },
)
