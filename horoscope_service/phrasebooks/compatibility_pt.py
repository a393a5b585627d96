"""Brazilian Portuguese phrases for compatibility readings (see `horoscope_service.phrasebooks.compatibility`)."""

from horoscope_service.model import Element, Modality
from horoscope_service.phrasebooks.compatibility import CompatibilityBook

COMPATIBILITY = CompatibilityBook(
    elements={Element.FIRE: "fogo", Element.EARTH: "terra", Element.AIR: "ar", Element.WATER: "água"},
    modalities={Modality.CARDINAL: "cardinal", Modality.FIXED: "fixo", Modality.MUTABLE: "mutável"},
    distance=(
        # 0: the same sign
        (
            "Com o mesmo signo, vocês se reconhecem logo de cara: hábitos, sonhos e pontos cegos incluídos.",
            (
                "Ser tão parecidos é confortável, mas também significa que nenhum dos dois supre naturalmente o que "
                "falta a ambos."
            ),
        ),
        # 1: neighboring signs (semi-sextile)
        (
            (
                "Seus signos são vizinhos no zodíaco: vocês estão lado a lado, mas encaram a vida por ângulos bem "
                "diferentes."
            ),
            (
                "Cada um tem algo que o outro ainda está aprendendo, e com paciência as pequenas diferenças viram "
                "lições silenciosas."
            ),
        ),
        # 2: sextile
        (
            "Um sextil une vocês, um ângulo amigável que abre portas sempre que um dos dois dá o primeiro passo.",
            (
                "A boa vontade existe desde o início; o que vai nascer dela depende do esforço que vocês escolherem "
                "investir."
            ),
        ),
        # 3: square
        (
            (
                "Uma quadratura se interpõe entre seus signos, então os instintos de vocês muitas vezes puxam para "
                "lados diferentes ao mesmo tempo."
            ),
            (
                "Esse atrito pode desgastar ou afiar vocês dois, e reconhecê-lo cedo mantém a tensão produtiva, e não "
                "pessoal."
            ),
        ),
        # 4: trine
        (
            (
                "Seus signos formam um trígono, o ângulo mais fluido de todos, e o entendimento entre vocês muitas "
                "vezes dispensa palavras."
            ),
            (
                "Com tão pouca resistência, o risco é se acomodar, então de vez em quando proponham um desafio novo a "
                "essa ligação."
            ),
        ),
        # 5: quincunx (inconjunct)
        (
            "Um quincunce separa seus signos, um ângulo desajeitado em que cada um fala uma língua um pouco diferente.",
            (
                "Ajustar-se um ao outro exige esforço consciente, mas o vínculo que nasce daí costuma ser "
                "especialmente criativo."
            ),
        ),
        # 6: opposite signs
        (
            (
                "Signos opostos se encaram de um lado a outro do zodíaco, então cada um reflete o que o outro costuma "
                "deixar passar."
            ),
            (
                "A atração dos opostos é real, e dura quando vocês tratam as diferenças como equilíbrio, e não como "
                "disputa."
            ),
        ),
    ),
    element_pair={
        (Element.FIRE, Element.FIRE): (
            (
                "Dois signos de fogo juntos trazem entusiasmo, planos ousados e risadas de sobra, muitas vezes tudo ao "
                "mesmo tempo."
            ),
            (
                "Os ânimos esquentam rápido entre vocês e esfriam com a mesma rapidez, então deixem a faísca passar "
                "antes que ela vire incêndio."
            ),
        ),
        (Element.FIRE, Element.EARTH): (
            "O fogo traz a faísca e a terra, o chão onde construir, embora o ritmo de vocês raramente coincida.",
            (
                "Um quer se jogar de cabeça enquanto o outro quer um plano, e os melhores resultados vêm quando os "
                "dois são ouvidos."
            ),
        ),
        (Element.FIRE, Element.AIR): (
            "Fogo e ar se alimentam: as ideias viram ação, e a ação faz surgir novas ideias.",
            (
                "A conversa flui fácil, e a energia entre vocês pode subir a ponto de fazer vocês esquecerem o "
                "descanso e a rotina."
            ),
        ),
        (Element.FIRE, Element.WATER): (
            "Fogo e água produzem vapor, uma mistura de paixão verdadeira e sentimentos que se ferem com facilidade.",
            (
                "Um age por impulso e o outro conforme o humor, então a delicadeza no calor do momento é o que mais "
                "importa."
            ),
        ),
        (Element.EARTH, Element.EARTH): (
            (
                "Dois signos de terra constroem juntos algo sólido, com respeito mútuo pelo esforço, pelo conforto e "
                "pelas promessas cumpridas."
            ),
            (
                "A convivência pode cair na rotina com facilidade demais, então abram espaço para um programa "
                "improvisado de vez em quando."
            ),
        ),
        (Element.EARTH, Element.AIR): (
            (
                "A terra lida com o concreto e o ar com o possível, o que faz de vocês uma dupla ponderada, mas às "
                "vezes desconcertada."
            ),
            (
                "Deixem as ideias e o senso prático se encontrarem no meio do caminho: um imagina o plano, o outro "
                "verifica se ele se sustenta."
            ),
        ),
        (Element.EARTH, Element.WATER): (
            "Terra e água se nutrem mutuamente, com cuidado constante de um lado e sentimento profundo do outro.",
            (
                "A confiança entre vocês cresce devagar, mas com firmeza, e depois que cria raízes é muito difícil de "
                "abalar."
            ),
        ),
        (Element.AIR, Element.AIR): (
            "Dois signos de ar nunca ficam sem assunto, e as ideias de vocês se encontram com naturalidade.",
            (
                "Os sentimentos podem se perder no meio das ideias, então digam em voz alta o que importa para vocês "
                "em vez de supor que já está entendido."
            ),
        ),
        (Element.AIR, Element.WATER): (
            "O ar pensa as coisas enquanto a água as sente, e às vezes um acha o outro difícil de decifrar.",
            (
                "Quando lógica e emoção se revezam em vez de competir, vocês conseguem se entender melhor do que a "
                "maioria."
            ),
        ),
        (Element.WATER, Element.WATER): (
            (
                "Dois signos de água captam o humor um do outro quase sem palavras, o que cria uma cumplicidade "
                "profunda e muito íntima."
            ),
            (
                "Sentimentos compartilhados também podem virar preocupações compartilhadas, então mantenham por perto "
                "um pouco de perspectiva de fora."
            ),
        ),
    },
    modality_pair={
        (Modality.CARDINAL, Modality.CARDINAL): (
            "Vocês dois são iniciadores natos, que gostam de definir a direção e colocar as coisas em movimento.",
            "Quando os dois querem liderar, combinem quem cuida do quê, e a rivalidade vira uma parceria de verdade.",
        ),
        (Modality.CARDINAL, Modality.FIXED): (
            "Um começa as coisas e o outro as mantém de pé, uma combinação forte de iniciativa e persistência.",
            (
                "O atrito aparece quando planos novos esbarram em hábitos firmes, então decidam juntos o que fica e o "
                "que pode mudar."
            ),
        ),
        (Modality.CARDINAL, Modality.MUTABLE): (
            "Um define o rumo e o outro o ajusta conforme as circunstâncias mudam, o que mantém os planos flexíveis.",
            "O problema só começa quando as decisões são rápidas demais para um ou mudam vezes demais para o outro.",
        ),
        (Modality.FIXED, Modality.FIXED): (
            "Dois signos fixos trazem uma lealdade teimosa: depois que vocês apostam um no outro, não voltam atrás.",
            (
                "Nenhum dos dois cede com facilidade, então as divergências podem endurecer, a menos que alguém faça a "
                "primeira pequena concessão."
            ),
        ),
        (Modality.FIXED, Modality.MUTABLE): (
            "Um oferece constância e o outro flexibilidade, o que pode equilibrar bem vocês nos dias bons.",
            (
                "Quem é mais estável pode achar o outro inquieto, e quem é mais inquieto pode se sentir preso, então "
                "conversem abertamente sobre o ritmo de cada um."
            ),
        ),
        (Modality.MUTABLE, Modality.MUTABLE): (
            "Dois signos mutáveis se adaptam a quase tudo, o que deixa o tempo juntos leve, variado e fácil.",
            (
                "Sem ninguém segurando o leme, os planos podem se dispersar, então escolham alguns compromissos e "
                "cumpram juntos até o fim."
            ),
        ),
    },
    love={
        (Element.FIRE, Element.FIRE): (
            "O romance entre dois signos de fogo é quente e brincalhão, cheio de desafios, surpresas e "
            "reconciliações rápidas."
        ),
        (Element.FIRE, Element.EARTH): (
            "No amor, a impaciência encontra um ritmo mais lento, e a recompensa pela espera é um calor que dura anos."
        ),
        (Element.FIRE, Element.AIR): (
            "O flerte flui naturalmente entre você e seu par, e é a diversão que mantém o romance vivo."
        ),
        (Element.FIRE, Element.WATER): (
            "A paixão é profunda entre você e quem você ama, mas os sentimentos delicados pedem cuidado quando o "
            "clima pega fogo."
        ),
        (Element.EARTH, Element.EARTH): (
            "O amor de vocês cresce em gestos pequenos e confiáveis, como uma refeição preparada a dois ou uma "
            "promessa cumprida sem alarde."
        ),
        (Element.EARTH, Element.AIR): (
            "No amor, um demonstra carinho com palavras e o outro com atitudes, então aprendam a ler as duas "
            "linguagens."
        ),
        (Element.EARTH, Element.WATER): (
            "Você e seu amor constroem um afeto terno e acolhedor, em que os dois se sentem seguros para baixar a "
            "guarda."
        ),
        (Element.AIR, Element.AIR): (
            "Entre você e seu par, o amor começa pela cabeça, e uma boa conversa é o romance mais garantido de vocês."
        ),
        (Element.AIR, Element.WATER): (
            "No romance, um precisa conversar sobre as coisas e o outro precisa se sentir compreendido, então deem "
            "espaço às duas necessidades."
        ),
        (Element.WATER, Element.WATER): (
            "O romance de vocês é íntimo e intuitivo, mas ajuda dizer em voz alta o que cada um espera em silêncio."
        ),
    },
    love_distance=(
        (
            "Amar alguém tão parecido com você é como voltar para casa, mas preserve um pouco de mistério cultivando "
            "interesses só seus."
        ),
        (
            "Com signos vizinhos, pequenas diferenças de hábito pedem uma negociação gentil, e não um ressentimento "
            "calado."
        ),
        "Para vocês, o romance nasce facilmente da amizade, e os interesses em comum mantêm a atração sempre viva.",
        (
            "A quadratura entre seus signos traz química e conflitos na mesma medida, então briguem limpo e façam as "
            "pazes com carinho."
        ),
        (
            "O trígono de vocês deixa o afeto natural e espontâneo, e pequenos gestos românticos evitam que ele caia "
            "na rotina."
        ),
        (
            "O amor através de um quincunce pede curiosidade: continue perguntando do que a outra pessoa precisa em "
            "vez de tentar adivinhar."
        ),
        (
            "A atração entre signos opostos é forte no amor e se aprofunda à medida que cada um aprende com o jeito do "
            "outro."
        ),
    ),
    friendship={
        (Element.FIRE, Element.FIRE): (
            "Como amigos, vocês se desafiam a experimentar coisas novas, e a vida perto de vocês dificilmente fica "
            "monótona."
        ),
        (Element.FIRE, Element.EARTH): (
            "Essa amizade junta um espírito aventureiro e outro realista, e cada um livra o outro de encrenca de "
            "um jeito diferente."
        ),
        (Element.FIRE, Element.AIR): (
            "A amizade de vocês se alimenta de aventuras compartilhadas e longas conversas, e os planos tendem a "
            "se multiplicar."
        ),
        (Element.FIRE, Element.WATER): (
            "Como amigos, um traz coragem e o outro empatia, e as duas coisas ajudam muito quando a vida aperta."
        ),
        (Element.EARTH, Element.EARTH): (
            "A de vocês é aquele tipo de amizade que aparece com ajuda prática, sem fazer perguntas."
        ),
        (Element.EARTH, Element.AIR): (
            "Como amigos, vocês se completam: um traz ideias novas e o outro, um sensato choque de realidade."
        ),
        (Element.EARTH, Element.WATER): (
            "É uma amizade leal e sem drama, em que uma noite tranquila juntos pode valer mais do que qualquer festa."
        ),
        (Element.AIR, Element.AIR): (
            "A amizade de vocês é uma longa conversa, cheia de piadas internas, links compartilhados e opiniões "
            "sobre tudo."
        ),
        (Element.AIR, Element.WATER): (
            "Um quer analisar o problema e o outro só quer consolo, então perguntem primeiro que tipo de apoio é "
            "necessário."
        ),
        (Element.WATER, Element.WATER): (
            "Como amigos, vocês leem o humor um do outro por instinto e oferecem um porto seguro para confidências."
        ),
    },
    friendship_distance=(
        "Amigos do mesmo signo compartilham um código que os outros nem percebem, além das mesmas teimosias.",
        "Como signos vizinhos, vocês preenchem discretamente as lacunas um do outro, sem precisar apontá-las.",
        "O sextil é um dos ângulos mais amigáveis que existem, e esse laço pode durar anos com pouquíssima manutenção.",
        (
            "Como amigos, vocês têm seus momentos tensos, mas as divergências sinceras costumam fortalecer a amizade "
            "em vez de enfraquecê-la."
        ),
        "Com um trígono entre seus signos, a amizade flui sem esforço, e vocês retomam exatamente de onde pararam.",
        "É uma amizade improvável à primeira vista, que funciona porque cada um mostra ao outro um mundo diferente.",
        (
            "Como amigos de signos opostos, vocês veem as coisas pelos dois lados, o que dá muito valor aos conselhos "
            "que trocam."
        ),
    ),
    work={
        (Element.FIRE, Element.FIRE): (
            "No trabalho, os dois trazem energia e ambição, então dividam os holofotes com justiça e vejam quem "
            "está cuidando dos detalhes."
        ),
        (Element.FIRE, Element.EARTH): (
            "Num projeto em comum, um dá o impulso e o outro garante a entrega, uma combinação forte quando os "
            "prazos apertam."
        ),
        (Element.FIRE, Element.AIR): (
            "Trabalhando juntos, vocês geram ideias rápido e sabem apresentá-las bem, mas alguém precisa cuidar do "
            "acompanhamento."
        ),
        (Element.FIRE, Element.WATER): (
            "Como colegas, um avança enquanto o outro sente o clima do ambiente, e os dois instintos ajudam a equipe."
        ),
        (Element.EARTH, Element.EARTH): (
            "Como colegas, vocês são confiáveis e minuciosos, e juntos entregam resultados sólidos com os quais os "
            "outros podem contar."
        ),
        (Element.EARTH, Element.AIR): (
            "No trabalho, um desenha a estratégia e o outro a testa na realidade, o que evita erros caros."
        ),
        (Element.EARTH, Element.WATER): (
            "Lado a lado, vocês unem habilidade prática e sensibilidade para as necessidades das pessoas, e isso "
            "aparece no resultado."
        ),
        (Element.AIR, Element.AIR): (
            "Como colegas, vocês brilham na hora de gerar ideias e fazer contatos, mas deixem por escrito quem "
            "termina cada tarefa."
        ),
        (Element.AIR, Element.WATER): (
            "Numa equipe, um entra com a lógica e o outro mantém o astral do time, então valorizem os dois tipos "
            "de contribuição."
        ),
        (Element.WATER, Element.WATER): (
            "Vocês trabalham bem em tudo o que pede cuidado ou criatividade, mas as decisões podem travar enquanto "
            "vocês sondam o clima."
        ),
    },
    work_distance=(
        (
            "Trabalhar com alguém do seu signo significa métodos e metas iguais, então busque uma terceira opinião "
            "antes de grandes decisões."
        ),
        (
            "No trabalho, signos vizinhos dominam habilidades vizinhas, então dividam as tarefas pelo que cada um faz "
            "melhor."
        ),
        "O sextil entre vocês favorece a cooperação, e projetos em conjunto costumam abrir oportunidades para os dois.",
        (
            "Trabalhar sob uma quadratura pode ser tenso, mas essa pressão muitas vezes rende os resultados mais "
            "ambiciosos de vocês."
        ),
        "Com um trígono ligando vocês, as tarefas vão e voltam com fluidez, e um ritmo comum surge sem muita conversa.",
        (
            "No dia a dia profissional, as abordagens de vocês raramente batem de início, então combinem expectativas "
            "claras e conversem com frequência."
        ),
        (
            "Como colegas de signos opostos, vocês equilibram os pontos fortes um do outro, desde que negociem em vez "
            "de competir."
        ),
    ),
    day={
        "moon_in_one": (
            (
                "Com a Lua {moon_in}, signo de um de vocês, hoje são os sentimentos dessa pessoa que dão o tom para os "
                "dois."
            ),
            (
                "A Lua {moon_in} coloca um de vocês em destaque hoje, então quem sentir isso com mais força deve dizer "
                "do que precisa."
            ),
            (
                "Hoje a Lua está {moon_in}, como em casa para um de vocês, e as emoções ficam mais fáceis de ler entre "
                "os dois."
            ),
        ),
        "moon_in_shared_element": (
            (
                "A Lua {moon_in} compartilha hoje o elemento de um de vocês, então vale seguir o instinto de quem tem "
                "essa afinidade."
            ),
            "Hoje, com a Lua {moon_in}, um elemento familiar colore o dia, e cooperar exige menos esforço.",
            (
                "Um elemento que vocês conhecem bem volta com a Lua {moon_in}, então hoje os planos em conjunto rendem "
                "mais do que os individuais."
            ),
        ),
        "moon_harmonious": (
            "A Lua {moon_in} olha com carinho para os dois signos hoje, um bom momento para fazer planos juntos.",
            (
                "Com a Lua {moon_in} em ângulos tranquilos com vocês dois, o dia favorece conversas sinceras e gestos "
                "generosos."
            ),
            "Hoje a Lua {moon_in} suaviza o caminho entre vocês, então pode ser mais fácil puxar um assunto difícil.",
        ),
        "moon_tense": (
            "A Lua {moon_in} pressiona um de vocês hoje, então contem com um pavio mais curto do que o normal.",
            "Com a Lua {moon_in} em ângulo tenso, hoje é melhor ouvir do que tentar encerrar velhas discussões.",
            "Hoje a Lua {moon_in} pode deixar um de vocês inquieto, e um pouco mais de paciência vai ajudar os dois.",
        ),
        "moon_neutral": (
            (
                "Com a Lua {moon_in}, o dia não puxa com força para lado nenhum, então cabe a vocês decidir o clima "
                "entre os dois."
            ),
            "A Lua {moon_in} fica em segundo plano hoje, um bom momento para fazer juntos as rotinas de sempre.",
            "Hoje a Lua {moon_in} deixa vocês livres para definir o próprio ritmo e se encontrar no meio do caminho.",
        ),
    },
)
