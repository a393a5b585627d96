from horoscope_service.model import Aspect, Body, MoonPhase
from horoscope_service.phrasebooks import Phrasebook

_SIGNS = ("Áries", "Touro", "Gêmeos", "Câncer", "Leão", "Virgem",
          "Libra", "Escorpião", "Sagitário", "Capricórnio", "Aquário", "Peixes")

BOOK = Phrasebook(
    signs=_SIGNS,
    in_signs=tuple(f"em {s}" for s in _SIGNS),
    planets={Body.SUN: "o Sol", Body.MOON: "a Lua", Body.MERCURY: "Mercúrio", Body.VENUS: "Vênus",
             Body.MARS: "Marte", Body.JUPITER: "Júpiter", Body.SATURN: "Saturno", Body.URANUS: "Urano",
             Body.NEPTUNE: "Netuno", Body.PLUTO: "Plutão"},
    on_weekdays=("na segunda-feira", "na terça-feira", "na quarta-feira", "na quinta-feira", "na sexta-feira",
                 "no sábado", "no domingo"),
    today="hoje",
    this_week="esta semana",
    this_month="este mês",

    # ---- Daily summary ----
    moon_house=(
        # 1: self, body, appearance (the Moon in the reader's own sign)
        (
            ("Seus próprios sentimentos ditam o ritmo enquanto a Lua está {moon_in}, o seu signo, então deixe o "
             "primeiro instinto guiar as pequenas escolhas."),
            "Seu rosto é um livro aberto com a Lua {moon_in}: deixe que ele mostre afeto, e não preocupação.",
            ("Uma vez por mês a Lua volta ao seu signo, e agora ela está {moon_in}: ponha suas próprias necessidades "
             "em primeiro lugar por um dia."),
            ("A energia volta a circular pelo corpo sob uma Lua {moon_in}, então movimente-se, alongue-se e ocupe um "
             "pouco mais de espaço."),
        ),
        # 2: money, possessions, values
        (
            ("Questões de dinheiro entram em foco enquanto a Lua está {moon_in}; confira aquela conta ou aquele "
             "extrato que você vem evitando."),
            ("O que você tem e o que você valoriza passam por uma revisão com a Lua {moon_in}: fique com o que usa e "
             "passe o resto adiante."),
            ("Seus gastos estão de acordo com o que realmente importa para você? Uma Lua {moon_in} deixa a resposta "
             "fácil de ver."),
            ("Conforto e segurança pesam mais do que o normal agora que a Lua está {moon_in}, e um pequeno mimo que "
             "caiba no bolso é mais do que merecido."),
        ),
        # 3: messages, siblings, neighborhood, short trips
        (
            ("Mensagens, ligações e tarefas rápidas enchem as horas com a Lua {moon_in}; faça uma lista para nada "
             "escapar."),
            "Um irmão, uma irmã ou um vizinho pode ter novidades para você, e a Lua {moon_in} deixa a conversa fácil.",
            ("Pegue o caminho mais longo até a padaria: pequenos passeios pelo bairro renovam você enquanto a Lua está "
             "{moon_in}."),
            ("Suas palavras caem bem sob uma Lua {moon_in}, então envie aquele e-mail que você vem escrevendo de "
             "cabeça."),
        ),
        # 4: home, family, roots
        (
            ("O lar e a família pedem sua atenção enquanto a Lua está {moon_in}, e uma noite em casa pode ser "
             "exatamente o que faltava."),
            ("Ligar para seu pai, sua mãe ou um velho amigo da família significa mais do que você imagina com a Lua "
             "{moon_in}."),
            ("Arrume uma prateleira, abra a janela, acenda um abajur: sob uma Lua {moon_in}, o ambiente à sua volta "
             "molda o seu humor."),
            ("Lembranças do lugar onde você cresceu vêm à tona com facilidade agora que a Lua está {moon_in}, e elas "
             "mostram o que traz segurança para você."),
        ),
        # 5: romance, play, creativity, children
        (
            ("Romance e diversão ganham impulso enquanto a Lua está {moon_in}; abra espaço para algo feito só pelo "
             "prazer."),
            ("As ideias criativas chegam rápido com a Lua {moon_in}, então desenhe, cozinhe, cante ou escreva antes "
             "que a inspiração passe."),
            ("O flerte flui com naturalidade sob uma Lua {moon_in}, e um convite espontâneo pode virar uma noite "
             "encantadora."),
            ("Tempo com crianças, ou com o seu próprio lado brincalhão, renova suas forças enquanto a Lua estiver "
             "{moon_in}."),
        ),
        # 6: daily work, routine, health
        (
            ("As rotinas diárias merecem um ajuste enquanto a Lua está {moon_in}: um hábito melhor vale mais do que um "
             "regime todo novo."),
            ("Sua lista de tarefas encolhe rápido com a Lua {moon_in}, principalmente aquelas obrigações chatas que "
             "você vive adiando."),
            ("Trabalhe em blocos constantes e coma em horários regulares; uma Lua {moon_in} recompensa o ritmo, não o "
             "heroísmo."),
            ("Água, sono e uma caminhada diária fazem por você mais do que o normal, já que a Lua {moon_in} destaca o "
             "seu bem-estar."),
        ),
        # 7: partners, contracts, one-to-one
        (
            ("Parceiros e aliados próximos ocupam o centro do palco enquanto a Lua está {moon_in}, então reserve um "
             "tempo para quem apoia você."),
            ("As conversas a dois ficam mais profundas com a Lua {moon_in}; escolha um lugar tranquilo e escute de "
             "verdade."),
            ("Leia os acordos duas vezes e deixe claro quem faz o quê: a Lua {moon_in} coloca contratos e promessas em "
             "revisão."),
            ("Alguém próximo funciona como um espelho do seu humor sob uma Lua {moon_in}, e isso pode revelar algo "
             "sobre você."),
        ),
        # 8: shared resources, intimacy, debts, transformation
        (
            ("Dinheiro compartilhado, empréstimos e decisões conjuntas pedem uma conversa honesta, e a Lua {moon_in} "
             "ajuda você a começá-la."),
            ("A intimidade pede mais confiança do que palavras com a Lua {moon_in}; mostre a alguém o seu lado mais "
             "doce."),
            ("Quitar uma pequena dívida ou retribuir um antigo favor traz uma sensação de liberdade agora que a Lua "
             "está {moon_in}."),
            ("Algo que já não cabe na sua vida está pronto para ir embora, e a Lua {moon_in} dá a coragem de deixá-lo "
             "partir."),
        ),
        # 9: travel, study, beliefs
        (
            ("Lugares distantes chamam por você enquanto a Lua está {moon_in}; comece a pesquisar aquela viagem que "
             "vive imaginando."),
            "Um livro, um curso ou uma longa conversa expandem sua mente com a Lua {moon_in}.",
            ("Ouça alguém que vê o mundo de outro jeito: uma Lua {moon_in} põe suas crenças à prova, de um jeito "
             "amigável."),
            ("A rotina parece pequena quando a Lua está {moon_in}, então mude de ares com um café novo, outro caminho "
             "ou um assunto diferente."),
        ),
        # 10: career, standing, reputation
        (
            ("A carreira entra em evidência enquanto a Lua está {moon_in}, e quem está no comando repara em como você "
             "lida com a pressão."),
            ("Competência sem alarde constrói sua reputação com a Lua {moon_in}; deixe os resultados falarem antes de "
             "você."),
            ("A ambição desperta sob uma Lua {moon_in}: anote a meta que você quer alcançar no trabalho e um passo em "
             "direção a ela."),
            ("Sua imagem no trabalho importa mais do que o normal quando a Lua está {moon_in}; faça promessas pequenas "
             "e cumpra todas elas."),
        ),
        # 11: friends, groups, hopes
        (
            ("Amigos e grupos despertam o seu melhor enquanto a Lua permanece {moon_in}, então aceite o convite para "
             "aquele encontro."),
            "Um velho sonho ganha vida de novo com a Lua {moon_in}, e talvez um amigo saiba como ajudar.",
            "Divida as tarefas e os louros: o trabalho em equipe flui com facilidade sob uma Lua {moon_in}.",
            "Retome o contato com alguém que sumiu da sua vida; a Lua {moon_in} favorece sua rede de amizades.",
        ),
        # 12: rest, solitude, what is hidden
        (
            "Descanso e solidão fazem bem enquanto a Lua está {moon_in}; proteja uma hora livre de qualquer cobrança.",
            ("Horas de silêncio recarregam você com a Lua {moon_in}, e um cochilo ou ir dormir mais cedo não é luxo "
             "nenhum."),
            ("Sentimentos escondidos emergem com suavidade sob uma Lua {moon_in}; colocá-los no papel ajuda você a "
             "entendê-los."),
            ("Nos bastidores, o que você prepara vale mais do que o que mostra quando a Lua está {moon_in}; planeje "
             "mais e apareça menos."),
        ),
    ),
    lunar_aspects={
        # The Sun: will, vitality, visibility
        (Body.SUN, Aspect.CONJUNCTION): (
            ("A conjunção da Lua com o Sol une coração e vontade, e o que você quer e o que você sente finalmente "
             "entram em acordo."),
            ("Com a Lua unida ao Sol, sua energia se concentra num só ponto: escolha um único objetivo e aposte tudo "
             "nele."),
            ("Quando a Lua encontra o Sol, um recomeço silencioso favorece definir uma intenção mais do que fazer "
             "alarde."),
        ),
        (Body.SUN, Aspect.SEXTILE): (
            ("O sextil da Lua com o Sol abre uma pequena janela para chamar a atenção; dê um passo à frente e "
             "apresente sua ideia."),
            ("Um sextil entre a Lua e o Sol empresta a você uma vitalidade constante, mas só se você a gastar em algo "
             "que importa."),
            ("O apoio de quem está no comando fica ao seu alcance sob o sextil entre a Lua e o Sol, então peça aquilo "
             "de que precisa."),
        ),
        (Body.SUN, Aspect.SQUARE): (
            ("A Lua faz quadratura com o Sol, e seus sentimentos e suas metas puxam para lados opostos; cuide primeiro "
             "do que não pode esperar."),
            ("O atrito da quadratura entre a Lua e o Sol pode trazer inquietação, e essa inquietação é combustível "
             "para uma tarefa parada."),
            ("O orgulho se fere com facilidade sob a quadratura da Lua com o Sol; transforme a irritação em um passo "
             "decisivo."),
        ),
        (Body.SUN, Aspect.TRINE): (
            ("O trígono da Lua com o Sol faz cabeça e coração trabalharem juntos, e os planos avançam sem precisar "
             "forçar."),
            "A confiança vem naturalmente com a Lua em trígono com o Sol, então apareça e aproveite.",
            "Um trígono da Lua com o Sol restaura sua vitalidade; gaste um pouco dela à luz do dia e ao ar livre.",
        ),
        (Body.SUN, Aspect.OPPOSITION): (
            ("A Lua se opõe ao Sol, e aquilo de que você precisa entra em choque com o que você quer; um equilíbrio "
             "justo vale mais do que uma vitória total."),
            ("Oposta ao Sol, a Lua ilumina por inteiro as suas escolhas, e os outros enxergam com clareza o que você "
             "defende."),
            "Com a Lua em oposição ao Sol, dois lados da sua vida pedem o mesmo tempo: dê a cada um a sua hora.",
        ),
        # Mercury: talk, plans, messages
        (Body.MERCURY, Aspect.CONJUNCTION): (
            "A conjunção da Lua com Mercúrio enche sua cabeça de ideias e seu celular de mensagens; anote as melhores.",
            ("Sentimentos e palavras se fundem quando a Lua encontra Mercúrio, então diga o que sente enquanto a "
             "emoção ainda está fresca."),
            ("Com a Lua unida a Mercúrio, uma conversa pode esquentar rápido; mantenha o tom mais leve do que os "
             "pensamentos."),
        ),
        (Body.MERCURY, Aspect.SEXTILE): (
            ("O sextil da Lua com Mercúrio abre a porta para uma conversa útil; faça a ligação em vez de esperar por "
             "ela."),
            "Um sextil da Lua com Mercúrio ajuda os planos a se encaixarem, se você se sentar e colocá-los no papel.",
            ("As mensagens enviadas sob o sextil da Lua com Mercúrio encontram um leitor receptivo, então responda "
             "primeiro à que espera há mais tempo."),
        ),
        (Body.MERCURY, Aspect.SQUARE): (
            ("A Lua faz quadratura com Mercúrio, e as palavras podem sair mais afiadas do que você pretende; respire "
             "antes de clicar em enviar."),
            ("Os sinais confusos da quadratura entre a Lua e Mercúrio levam você a firmar um plano que estava vago "
             "demais."),
            "Um pequeno mal-entendido sob a quadratura da Lua com Mercúrio é a deixa para fazer a pergunta direta.",
        ),
        (Body.MERCURY, Aspect.TRINE): (
            ("O trígono da Lua com Mercúrio facilita a conversa, então puxe aquele assunto que costuma parecer "
             "constrangedor."),
            "Planos e papéis fluem sob o trígono da Lua com Mercúrio; resolva as pendências acumuladas de uma vez só.",
            ("Com a Lua em trígono com Mercúrio, o que você aprende fica gravado: leia, ouça ou tome notas sobre algo "
             "novo."),
        ),
        (Body.MERCURY, Aspect.OPPOSITION): (
            "A Lua se opõe a Mercúrio, e cabeça e coração discutem; deixe cada um falar antes de decidir.",
            ("Frente a frente com Mercúrio, a Lua mostra o outro lado de uma discussão, e ouvir leva você mais longe "
             "do que argumentar."),
            ("Com a Lua em oposição a Mercúrio, seus planos esbarram nos de outra pessoa; negocie os detalhes até que "
             "tudo se encaixe."),
        ),
        # Venus: affection, pleasure, money spent
        (Body.VENUS, Aspect.CONJUNCTION): (
            ("A conjunção da Lua com Vênus envolve o dia em afeto; diga com todas as letras a alguém que você se "
             "importa."),
            ("Prazer e conforto se misturam quando a Lua encontra Vênus, então aproveite uma boa comida ou uma boa "
             "música sem culpa."),
            "Com a Lua unida a Vênus, a vontade de gastar é forte; compre uma coisa bonita, não cinco.",
        ),
        (Body.VENUS, Aspect.SEXTILE): (
            ("O sextil da Lua com Vênus oferece uma chance de aconchego, mas o primeiro gesto simpático tem que partir "
             "de você."),
            "Um sextil entre a Lua e Vênus recompensa pequenos gestos, como um bilhete, uma flor ou um café a dois.",
            "Uma compra inteligente ou um bom negócio está ao seu alcance sob o sextil da Lua com Vênus, se você agir.",
        ),
        (Body.VENUS, Aspect.SQUARE): (
            ("A Lua faz quadratura com Vênus, e querer mais pode levar a gastar demais; defina um limite antes de ir "
             "às compras."),
            ("O atrito da quadratura entre a Lua e Vênus desperta pequenos ciúmes; diga do que você precisa em vez de "
             "fechar a cara."),
            ("Pequenos prazeres fáceis seduzem sob a quadratura da Lua com Vênus, então escolha um de que você não vá "
             "se arrepender amanhã."),
        ),
        (Body.VENUS, Aspect.TRINE): (
            "O trígono da Lua com Vênus traz afeto fácil e boa companhia; aceite um convite.",
            ("A beleza está por toda parte com a Lua em trígono com Vênus, então reorganize um cômodo ou vista sua cor "
             "favorita."),
            "Dinheiro e prazer se equilibram bem sob o trígono da Lua com Vênus, e um agrado modesto parece um luxo.",
        ),
        (Body.VENUS, Aspect.OPPOSITION): (
            ("A Lua se opõe a Vênus, e suas necessidades podem bater de frente com os gostos de outra pessoa; procure "
             "o terreno comum."),
            "Com a Lua em oposição a Vênus, dar e receber afeto pede equilíbrio; deixe alguém fazer algo por você.",
            ("Oposta a Vênus, a Lua puxa sua carteira para dois lados, o de poupar e o de se mimar; fique no "
             "meio-termo."),
        ),
        # Mars: drive, anger, action
        (Body.MARS, Aspect.CONJUNCTION): (
            ("A conjunção da Lua com Marte enche você de disposição; direcione-a para uma tarefa física e veja-a "
             "encolher."),
            ("Os sentimentos esquentam quando a Lua encontra Marte, então conte até dez antes de responder a uma "
             "provocação."),
            "Com a Lua unida a Marte, a coragem vem fácil; comece aquilo que você vem rondando há semanas.",
        ),
        (Body.MARS, Aspect.SEXTILE): (
            "O sextil da Lua com Marte dá o empurrão necessário para começar; dê o primeiro passo antes do meio-dia.",
            "Um sextil da Lua com Marte favorece a ação rápida: encare a tarefa pendente, o treino ou o conserto.",
            "Fazer valer seus direitos flui bem sob o sextil da Lua com Marte, desde que você faça isso com calma.",
        ),
        (Body.MARS, Aspect.SQUARE): (
            ("A Lua faz quadratura com Marte, e os ânimos se exaltam rápido; ponha esse calor no esforço, não em "
             "discussões."),
            "O atrito da quadratura entre a Lua e Marte traz impaciência, um sinal para consertar o que incomoda você.",
            ("A pressa gera pequenos erros sob a quadratura da Lua com Marte; gaste esse impulso numa caminhada rápida "
             "ou num treino."),
        ),
        (Body.MARS, Aspect.TRINE): (
            ("O trígono da Lua com Marte transforma energia em progresso sem desgaste; dê a largada em um trabalho "
             "maior."),
            ("Com o apoio do trígono da Lua com Marte, você age com confiança e os outros seguem sua liderança de bom "
             "grado."),
            ("O esforço físico faz bem sob o trígono da Lua com Marte, então corra, dance, levante peso ou mexa na "
             "terra."),
        ),
        (Body.MARS, Aspect.OPPOSITION): (
            "A Lua se opõe a Marte, e a garra de outra pessoa pode colidir com a sua; combinem quem lidera o quê.",
            ("Com a Lua em oposição a Marte, a raiva de qualquer um dos lados é um sinal, não um veredito; afaste-se e "
             "esfrie a cabeça."),
            ("Frente a frente com Marte, a Lua pede que você equilibre avançar e se conter; escolha no máximo uma "
             "batalha."),
        ),
        # Jupiter: luck, growth, generosity
        (Body.JUPITER, Aspect.CONJUNCTION): (
            "A conjunção da Lua com Júpiter aumenta o otimismo e a boa vontade; divida sua sorte com generosidade.",
            ("Tudo parece maior quando a Lua encontra Júpiter, inclusive o apetite, então aproveite a fartura com um "
             "pouco de moderação."),
            "Com a Lua unida a Júpiter, um gesto generoso volta para você de uma forma inesperada.",
        ),
        (Body.JUPITER, Aspect.SEXTILE): (
            ("O sextil da Lua com Júpiter abre uma porta de sorte, mas você ainda precisa bater; envie a inscrição ou "
             "apresente a proposta."),
            ("Um sextil entre a Lua e Júpiter favorece o aprendizado e o crescimento; inscreva-se naquilo que empolga "
             "você."),
            "Uma palavra gentil sua vai mais longe do que você imagina sob o sextil da Lua com Júpiter.",
        ),
        (Body.JUPITER, Aspect.SQUARE): (
            ("A Lua faz quadratura com Júpiter, e as promessas saem fácil, mas se cumprem devagar; comprometa-se com "
             "menos do que gostaria."),
            ("O atrito da quadratura entre a Lua e Júpiter infla as expectativas; deixe essa ambição levar você a "
             "planejar direito."),
            "A generosidade pode virar exagero sob a quadratura da Lua com Júpiter; ofereça tempo em vez de dinheiro.",
        ),
        (Body.JUPITER, Aspect.TRINE): (
            "O trígono da Lua com Júpiter traz sorte fácil e bom humor; confie num pressentimento otimista.",
            ("O crescimento vem sem esforço sob o trígono da Lua com Júpiter, e um pequeno investimento de energia "
             "rende bem."),
            "As pessoas oferecem ajuda de bom grado sob o trígono da Lua com Júpiter, então aceite com elegância.",
        ),
        (Body.JUPITER, Aspect.OPPOSITION): (
            ("A Lua se opõe a Júpiter, e grandes esperanças encontram as necessidades do dia a dia; mantenha um pé no "
             "chão."),
            "Com a Lua em oposição a Júpiter, equilibre sua generosidade com os outros e o que é justo para você.",
            "Oposta a Júpiter, a Lua põe na balança o muito e o suficiente; decida o que de fato satisfaria você.",
        ),
        # Saturn: duty, limits, patience
        (Body.SATURN, Aspect.CONJUNCTION): (
            ("A conjunção da Lua com Saturno torna os sentimentos sérios e concentrados; use essa gravidade para "
             "cumprir uma obrigação."),
            ("A responsabilidade pesa quando a Lua encontra Saturno, então alivie o fardo atacando primeiro a parte "
             "mais difícil."),
            ("Com a Lua unida a Saturno, o clima fica mais reservado, o que combina com um trabalho cuidadoso e "
             "solitário."),
        ),
        (Body.SATURN, Aspect.SEXTILE): (
            "O sextil da Lua com Saturno oferece a chance de construir algo duradouro; assente um tijolo firme.",
            "Um sextil da Lua com Saturno ajuda você a se organizar: monte a agenda e siga-a à risca.",
            "Alguém mais velho ou mais experiente pode aconselhar você sob o sextil da Lua com Saturno, se você pedir.",
        ),
        (Body.SATURN, Aspect.SQUARE): (
            "A Lua faz quadratura com Saturno, e os limites apertam; trabalhe com eles, não contra eles.",
            ("O atrito da quadratura entre a Lua e Saturno pode parecer um muro; trate-o como uma lista do que ainda "
             "falta fazer."),
            ("Um atraso sob a quadratura da Lua com Saturno testa sua paciência e mostra qual plano é sólido o "
             "bastante."),
        ),
        (Body.SATURN, Aspect.TRINE): (
            ("O trígono da Lua com Saturno faz a disciplina parecer natural; comprometa-se com uma rotina que você "
             "consiga manter."),
            ("Com a Lua em trígono com Saturno, o esforço paciente compensa, e uma tarefa longa dá um passo real "
             "adiante."),
            ("Mãos firmes e mente calma acompanham o trígono da Lua com Saturno, então cuide da papelada ou do "
             "orçamento."),
        ),
        (Body.SATURN, Aspect.OPPOSITION): (
            ("A Lua se opõe a Saturno, e o dever puxa contra o sentimento; honre os dois definindo um horário claro "
             "para parar de trabalhar."),
            ("Com a Lua em oposição a Saturno, as regras de alguém podem incomodar; negocie o limite em vez de se "
             "ressentir dele."),
            ("Do lado oposto a Saturno, a Lua pede que você pese conforto e responsabilidade; descanse assim que o "
             "essencial estiver feito."),
        ),
    },
    phases={
        MoonPhase.NEW_MOON: (
            "A Lua nova limpa o quadro: plante uma intenção e guarde-a em segredo por enquanto.",
            ("O céu começa um novo ciclo lunar, um bom momento para decidir o que você realmente quer daqui para a "
             "frente."),
            "Na Lua nova, a energia está baixa, mas clara, então escolha um começo em vez de uma linha de chegada.",
            ("Esta Lua escura combina mais com planejamento silencioso do que com ação barulhenta; escreva sua meta no "
             "papel."),
            ("A Lua nova marca o primeiro dia do mês lunar: comece um hábito que você gostaria de manter por quatro "
             "semanas."),
        ),
        MoonPhase.WAXING_CRESCENT: (
            "A jovem Lua crescente favorece pequenos primeiros passos em vez de grandes anúncios.",
            "Com a Lua crescendo de novo, o impulso nasce do esforço modesto e constante.",
            "Um fino crescente volta ao céu do entardecer, e com ele a confiança para tentar.",
            "Dúvidas são normais na fase crescente; responda a elas fazendo mais uma pequena coisa.",
            "Reúna aquilo de que você precisa enquanto a Lua cresce: informações, ferramentas e as pessoas certas.",
        ),
        MoonPhase.FIRST_QUARTER: (
            "O quarto crescente traz um teste de determinação: leve adiante o que você começou.",
            "Meio iluminada e subindo, a Lua pede uma decisão que você vem adiando.",
            "Os obstáculos aparecem na hora marcada no quarto crescente, e cada um que você supera traz mais força.",
            ("A fase de quarto crescente recompensa o comprometimento, então escolha um caminho e pare de pesar todos "
             "eles."),
            ("Uma Lua quarto crescente tira os planos do papel e os transforma em esforço; reserve tempo para o "
             "trabalho de verdade."),
        ),
        MoonPhase.WAXING_GIBBOUS: (
            "A Lua está quase cheia, então refine e lapide em vez de recomeçar.",
            "Uma Lua gibosa crescente recompensa a paciência com os detalhes.",
            "Com a Lua quase redonda, ajuste o rumo antes que os resultados cheguem.",
            "A Lua gibosa é tempo de edição: corte o que não funciona e reforce o que funciona.",
            "A expectativa cresce à medida que a Lua se enche, então se prepare em vez de se preocupar.",
        ),
        MoonPhase.FULL_MOON: (
            "A Lua cheia ilumina o que estava escondido, em você e ao seu redor.",
            "Sob a Lua cheia, os sentimentos ficam à flor da pele e as verdades vêm à tona.",
            "A Lua cheia faz as coisas chegarem a um ponto decisivo, e um assunto que vinha crescendo atinge seu auge.",
            "As emoções ganham brilho e volume sob a Lua cheia, e o sono pode ficar mais leve, então desacelere cedo.",
            "A Lua cheia é hora de celebrar o progresso e reconhecer o que você conquistou desde a Lua nova.",
        ),
        MoonPhase.WANING_GIBBOUS: (
            "A Lua minguante volta a atenção para compartilhar o que você aprendeu.",
            "Quando a Lua começa a minguar, gratidão e generosidade surgem com facilidade.",
            "A Lua gibosa minguante é ideal para ensinar, orientar e passar adiante uma boa dica.",
            "Depois do auge da Lua cheia, faça um balanço: o que funcionou e o que você faria diferente?",
            "À medida que a luz começa a diminuir, desacelere e digira as últimas duas semanas.",
        ),
        MoonPhase.LAST_QUARTER: (
            "O quarto minguante convida você a largar um hábito que já não tem serventia.",
            "Com a Lua meio escura, desapegar vale mais do que acumular.",
            "O quarto minguante é um ponto de virada para fazer uma limpeza, dos armários aos compromissos.",
            "Meio iluminada e se apagando, a Lua pede que você conclua, perdoe e arquive o que ficou para trás.",
            "No quarto minguante, renegocie um compromisso que ficou pesado demais para carregar.",
        ),
        MoonPhase.WANING_CRESCENT: (
            "A Lua fina e minguante pede descanso antes que o próximo ciclo comece.",
            "Uma Lua balsâmica favorece a reflexão, o sono e os encerramentos tranquilos.",
            "A energia cai nos últimos dias do ciclo lunar; encare o cansaço como informação, não como fracasso.",
            "A última fase da Lua fecha o mês lunar, então amarre as pontas soltas e deixe algum espaço livre.",
            "Sonhos e devaneios ficam vívidos enquanto a Lua some do céu, e alguns deles merecem ser anotados.",
        ),
    },
    moon_moves="A Lua começa o dia {moon_in} e o termina {next_in}, então o clima muda com o passar das horas.",
    station_direct=(
        "{planet} retoma o movimento direto {when}, e assuntos que estavam parados voltam a andar.",
        "{planet} encerra sua retrogradação {when}: o que estava travado começa a se soltar.",
        ("{planet} volta a avançar {when}, então um plano que você pausou pode seguir em frente com informações "
         "melhores."),
        "{planet} faz sua estação direta {when}; espere um ou dois dias antes de acelerar com força.",
        "{planet} retoma seu curso normal {when}, e as lições das semanas lentas ficam mais fáceis de aplicar.",
        "Uma longa revisão se encerra quando {planet} volta ao movimento direto {when}; decida o que guardar dela.",
        "{planet} sai da retrogradação {when}, e uma resposta ou decisão atrasada pode finalmente chegar.",
        ("{planet} anda para a frente de novo {when}; volte ao projeto que você deixou de lado e dê a ele um empurrão "
         "de verdade."),
    ),
    station_retrograde=(
        "{planet} entra em movimento retrógrado {when}, então desacelere e reveja antes de sair correndo.",
        "{planet} faz sua estação retrógrada {when}; espere alguns atrasos e use-os para revisar.",
        "{planet} inicia uma retrogradação {when}, uma temporada de segundas versões, e não de grandes estreias.",
        "{planet} parece parar e recuar no céu {when}, e assuntos antigos voltam pedindo atenção.",
        "{planet} começa a retrogradar {when}: repasse suas escolhas recentes e ajuste as que não deram certo.",
        "Quando {planet} começa a andar para trás {when}, a paciência ajuda mais do que a pressa.",
        ("{planet} desliza para o movimento retrógrado {when}; deixe os planos amadurecerem antes de colocá-los em "
         "prática."),
        "{planet} muda de direção {when}, convidando você a consertar, refazer e se reconectar.",
    ),
    ingress_yours=(
        "{planet} entra no seu signo {when}, e essa energia bate direto à sua porta.",
        "{planet} chega ao seu signo {when}, e um novo capítulo começa para você.",
        ("{planet} cruza a fronteira do seu signo {when}: os temas desse astro passam a aparecer no seu jeito de ser, "
         "de agir e de sentir."),
        "{planet} ingressa no seu próprio signo {when}, um sinal para atualizar suas metas e sua imagem.",
        "{planet} se instala no seu signo {when}, então espere que as pessoas vejam você sob uma nova luz.",
        "{planet} faz companhia a você no seu signo {when}, emprestando força a tudo o que você começar.",
        "{planet} alcança o seu signo {when}; aproveite ao máximo esse impulso tomando a iniciativa.",
        "{planet} pisa no seu signo {when}, e seus planos pessoais ganham peso extra.",
    ),
    ingress=(
        "{planet} entra {in_sign} {when}, e o clima geral muda junto.",
        "{planet} muda de signo {when} e agora está {in_sign}; repare no que vem à tona.",
        "{planet} se instala {in_sign} {when}, e sua influência ganha um tom novo para todos.",
        "{planet} fixa residência {in_sign} {when}, e outra área da sua vida começa a se agitar.",
        "{planet} deixa um signo por outro {when} e aterrissa {in_sign}; ajuste seus planos ao novo clima.",
        "{planet} começa sua temporada {in_sign} {when}, e a mudança vem aos poucos, não de uma vez.",
        ("{planet} passa a transitar {in_sign} {when}, então prepare-se para adaptar hábitos que combinavam com o "
         "signo anterior."),
        "{planet} pousa {in_sign} {when}, e pequenos sinais da mudança aparecem nas conversas do dia a dia.",
    ),
    sun_own=(
        "O Sol está no seu signo: é a sua temporada, então apareça.",
        "Com o Sol no seu signo, sua energia e sua confiança atingem o ponto mais alto do ano.",
        "Chegou a temporada do seu aniversário, então celebre quem você é sem pedir desculpas.",
        ("O Sol ilumina o seu próprio signo, e as pessoas respondem à sua iniciativa com mais prontidão do que o "
         "normal."),
        "O Sol no seu signo marca o seu ano-novo pessoal, então defina metas para os próximos doze meses.",
        ("A vitalidade está do seu lado enquanto o Sol percorre o seu signo; invista-a em um projeto que seja "
         "realmente seu."),
        "O Sol no seu signo faz de você o centro natural das atenções; lidere com calor humano, não com volume.",
        "Seu rosto, sua voz e seus planos ganham peso extra com o Sol no seu signo.",
    ),
    sun_opposite=(
        "O Sol ilumina o seu signo oposto, então os outros tomam a frente e você aprende observando.",
        "O Sol do outro lado do zodíaco coloca seus relacionamentos sob uma luz forte.",
        "Com o Sol no seu signo oposto, parceiros e rivais mostram, cada um a seu modo, em que você precisa trabalhar.",
        ("O Sol oposto ao seu signo faz desta uma temporada de trabalho em equipe; metas compartilhadas andam mais "
         "rápido do que planos individuais."),
        "Sua energia pode cair enquanto o Sol está oposto ao seu signo, então descanse bem e conte com seus aliados.",
        ("O Sol encara o seu signo do outro lado do céu, pedindo que você pese as suas necessidades e as de outra "
         "pessoa."),
        "Com o Sol no signo oposto ao seu, vale a pena fechar contratos e compromissos.",
        "O Sol no signo oposto faz do meio-termo uma força, não uma perda.",
    ),
    mercury_retrograde=(
        "Mercúrio está retrógrado: confira mensagens, datas e passagens antes de enviar ou assinar.",
        "Com Mercúrio retrógrado, retome planos antigos em vez de lançar novos.",
        "A retrogradação de Mercúrio facilita mal-entendidos, então diga duas vezes e com gentileza.",
        "Mercúrio está andando para trás, e pessoas do passado podem entrar em contato; responda com a mente aberta.",
        ("Enquanto Mercúrio estiver retrógrado, reserve tempo extra para os deslocamentos e mantenha seus planos "
         "flexíveis."),
        ("Mercúrio retrógrado é um bom momento para terminar um livro, uma carta ou uma conversa que ficaram pela "
         "metade."),
        "A fase retrógrada de Mercúrio atrasa respostas e entregas, e a paciência poupa você de muito estresse.",
        "Com Mercúrio retrógrado, coisas perdidas costumam reaparecer, então procure de novo onde você já procurou.",
    ),
    slow_retrograde=(
        "{planet} está retrógrado, um lembrete sem pressa para rever os planos de longo prazo.",
        "{planet} está em movimento retrógrado, e as lições do passado trazem conselhos úteis.",
        "{planet} continua sua retrogradação, então as metas de longo alcance ganham com uma revisão paciente.",
        "{planet} anda para trás por meses, e progresso lento ainda é progresso.",
        "{planet} segue retrógrado: a mudança acontece por dentro antes de aparecer por fora.",
        ("{planet} percorre o céu em marcha a ré por enquanto, o que favorece concluir o que você começou no início do "
         "ano."),
        "{planet} vive sua temporada retrógrada, uma chance de rever uma grande decisão sem pressa.",
        "{planet} mantém sua caminhada para trás, então deixe as velhas ambições serem testadas antes de renová-las.",
    ),
    closers=(
        "Siga o ritmo do céu: aja quando a energia estiver presente e descanse quando ela diminuir.",
        "Pequenas escolhas, somadas, trazem a mudança que você procura.",
        "Mantenha o bom humor: ele abre mais portas do que o esforço sozinho.",
        "O que você cultivar agora vai crescer nas próximas semanas.",
        "Ofereça sua atenção com generosidade: é o presente de que as pessoas mais se lembram.",
        "Mantenha a curiosidade: a resposta pode vir de onde você menos espera.",
        "Tenha paciência consigo: o crescimento raramente se anuncia.",
        "Na dúvida, escolha a opção mais gentil e siga em frente.",
        "Termine o dia lembrando uma coisa que deu certo.",
        "Deixe a noite correr devagar e permita que as impressões do dia se assentem antes de dormir.",
        "Uma frase sincera pode fazer mais do que uma hora de indiretas.",
        "Deixe algo por fazer sem culpa; amanhã também tem espaço para isso.",
    ),

    # ---- Premium sections (daily, weekly, monthly) ----
    love=(
        "No amor, {when} as palavras sinceras valem mais do que os grandes gestos.",
        "Uma conversa que começa leve {when} pode levar a algo mais profundo.",
        "Sem compromisso? Aceite aquele convite que você normalmente recusaria.",
        "O carinho vale mais do que ter razão {when}; deixe uma pequena discussão para lá.",
        "Planejem algo simples a dois {when}: uma caminhada, uma refeição, uma hora sem telas.",
        "Alguém está prestando mais atenção em você do que você imagina.",
        "Velhos padrões no amor ficam mais fáceis de enxergar {when}, e mais fáceis de mudar.",
        "Compartilhe um sonho que você costuma guardar só para si; isso aproxima vocês.",
        "Deixe alguém ajudar você {when}; aceitar cuidado também é uma forma de proximidade.",
        "Uma mensagem que você esperava pode chegar {when}; responda com o coração.",
        "Dar risada a dois {when} resolve mais do que uma longa explicação.",
        "Repare em quem aparece para você {when} e agradeça em voz alta.",
    ),
    venus_retrograde=(
        "Vênus está retrógrada, e sentimentos ou amores antigos podem voltar para uma segunda olhada.",
        "Com Vênus retrógrada, reveja o que você valoriza antes de gastar com isso.",
        "Vênus está retrógrada, então adie mudanças radicais no visual e grandes compras de luxo.",
        "Enquanto Vênus anda para trás, um relacionamento ganha quando vocês conversam sobre a própria história.",
        "Vênus retrógrada pergunta o que você realmente quer do amor, e não só aquilo que já virou costume.",
        ("Com Vênus retrógrada, reacenda um prazer que vocês compartilhavam no começo em vez de correr atrás de "
         "novidades."),
        "Vênus está retrógrada: mágoas antigas podem vir à tona, e uma honestidade delicada ajuda a curá-las.",
        "A retrogradação de Vênus desacelera os novos romances e dá tempo para você enxergar alguém com clareza.",
    ),
    career=(
        "No trabalho, termine bem uma tarefa antes de começar a próxima.",
        "A ideia de um colega combina com a sua; juntem as duas {when}.",
        "Em questões de dinheiro, vale a pena ler as letras miúdas com atenção {when}.",
        "Sua paciência com um projeto lento está prestes a dar resultado.",
        "Dê sua opinião numa reunião {when}: o seu ponto de vista é justamente o que está faltando.",
        "Organize seus planos e sua mesa; a clareza atrai a próxima oportunidade.",
        "Uma escolha prática feita {when} evita problemas mais adiante.",
        "Peça feedback {when}; ele será mais gentil e útil do que você espera.",
        "Reserve uma hora tranquila {when} para o trabalho que mais importa.",
        "Um pequeno risco no trabalho compensa se você se preparar bem para ele.",
        "Diga não a um pedido {when}; o seu foco merece proteção.",
        "Anote a ideia que não sai da sua cabeça; ela é mais prática do que parece.",
    ),
    mercury_retrograde_work=(
        "Mercúrio está retrógrado, então revise contratos e e-mails duas vezes antes de enviá-los.",
        "Com Mercúrio retrógrado, retome uma proposta engavetada no trabalho; talvez ela combine com o momento agora.",
        "A retrogradação de Mercúrio pode bagunçar agendas, então confirme reuniões e prazos por escrito.",
        "Mercúrio retrógrado favorece revisar mais do que apresentar; aprimore o trabalho que você já tem.",
        ("Enquanto Mercúrio anda para trás, salve seu trabalho com frequência e guarde cópias de tudo o que for "
         "importante."),
        "Mercúrio está retrógrado, uma boa fase para retomar o contato com clientes e parceiros de projetos passados.",
        "Com Mercúrio retrógrado, tire suas dúvidas antes de presumir que entendeu uma instrução.",
        ("A fase retrógrada de Mercúrio combina mais com auditorias, arquivos e arrumação no trabalho do que com "
         "grandes anúncios."),
    ),
    health=(
        "Beba mais água do que o normal {when} e perceba a diferença.",
        "Uma caminhada curta à luz do dia renova sua energia melhor do que mais um café.",
        "O sono é seu melhor aliado {when}, então proteja seu horário de dormir.",
        "Alongue as costas e os ombros; a tensão vem se acumulando ali.",
        "Escolha comida simples e fresca {when} e coma devagar.",
        "Respire fundo por cinco minutos antes de um momento exigente.",
        "O movimento de que você gosta conta mais do que aquele que você apenas aguenta.",
        "Faça pausas regulares longe das telas {when} para descansar os olhos.",
        "Levante-se e mexa-se por alguns minutos a cada hora {when}.",
        "Uma bebida quente e uma noite tranquila ajudam o seu corpo a relaxar.",
        "Ouça o seu apetite {when}, mais do que o relógio.",
        "Passe tempo com pessoas que fazem você rir; isso faz bem ao corpo e à mente.",
    ),
    mars_retrograde=(
        "Marte está retrógrado, então dose suas forças e termine o que começou antes de iniciar algo novo.",
        "Com Marte retrógrado, a frustração é um sinal para desacelerar, não para forçar.",
        "Marte está retrógrado: ganhe força aos poucos em vez de correr atrás de um recorde pessoal.",
        "Enquanto Marte anda para trás, aqueça-se direito e volte a um exercício de que você gostava.",
        ("Marte retrógrado pode trazer o cansaço mais cedo do que o normal, então planeje descanso entre os dias "
         "puxados."),
        "Com Marte retrógrado, a raiva voltada para dentro drena energia; ponha-a para fora pelo movimento.",
        ("Marte está retrógrado, então preste atenção aos primeiros sinais de sobrecarga e pegue leve antes que eles "
         "cresçam."),
        ("A retrogradação de Marte recompensa a constância mais do que a intensidade: esforço curto e regular vence "
         "explosões repentinas."),
    ),
    moods=(
        "esperançoso", "focado", "brincalhão", "reflexivo", "confiante", "carinhoso", "curioso", "tranquilo", "grato",
        "ousado", "gentil", "aventureiro",
    ),
    colors=(
        "azul profundo", "verde-esmeralda", "dourado", "coral", "prateado", "violeta", "terracota", "marfim",
        "turquesa", "rosa", "âmbar", "azul-marinho",
    ),

    # ---- Weekly summary ----
    week_sun_house=(
        # 1
        (
            ("Os planos pessoais têm prioridade esta semana, com o Sol brilhando no seu próprio signo; coloque-se em "
             "primeiro lugar sem culpa."),
            ("A temporada do seu aniversário dá o tom da semana: o Sol no seu signo aumenta sua confiança e sua "
             "vontade de começar coisas novas."),
            ("Sua aparência, seus gestos e o jeito como você se apresenta causam forte impressão enquanto o Sol passa "
             "pelo seu signo."),
        ),
        # 2
        (
            ("Finanças e bens recebem uma luz clara e prática esta semana, enquanto o Sol percorre a sua casa do "
             "dinheiro."),
            "Vale a pena comparar seus valores com o saldo da sua conta esta semana, com o Sol na sua segunda casa.",
            "Conforto prático e renda estável são os temas da semana, com o Sol iluminando a sua casa dos recursos.",
        ),
        # 3
        (
            ("Conversas, viagens curtas e tarefas pelo bairro preenchem a semana enquanto o Sol ilumina a sua casa da "
             "comunicação."),
            "Irmãos e vizinhos ganham um papel maior do que o normal esta semana, com o Sol na sua terceira casa.",
            ("Escreva, ligue e apresente suas ideias: o Sol na sua casa das mensagens faz desta a semana ideal para "
             "espalhar a notícia."),
        ),
        # 4
        (
            "A vida doméstica vem em primeiro lugar esta semana, com o Sol se instalando na base do seu mapa.",
            ("Laços de família e projetos para a casa recompensam sua energia enquanto o Sol passa pela sua quarta "
             "casa."),
            "Raízes importam agora: com o Sol na sua casa do lar, uma semana cuidando do seu canto vale a pena.",
        ),
        # 5
        (
            "Romance, criatividade e diversão iluminam a semana, com o Sol percorrendo a sua casa do romance.",
            ("Diversão não é opcional esta semana: o Sol na sua quinta casa recompensa hobbies, encontros e tempo com "
             "as crianças."),
            ("A confiança criativa está em alta enquanto o Sol aquece sua quinta casa, então mostre às pessoas o que "
             "você cria."),
        ),
        # 6
        (
            "É no trabalho diário e na rotina que o progresso da semana acontece, com o Sol na sua sexta casa.",
            ("Os hábitos de saúde respondem rápido esta semana, enquanto o Sol ilumina sua casa da rotina; comece um "
             "que você consiga manter."),
            ("Organizar sua agenda, sua mesa e suas refeições compensa enquanto o Sol passa a semana na sua casa do "
             "trabalho diário."),
        ),
        # 7
        (
            ("As parcerias são o assunto principal da semana, com o Sol na sua sétima casa iluminando as pessoas mais "
             "próximas de você."),
            ("Contratos, colaborações e conversas a dois avançam esta semana enquanto o Sol cruza a sua casa das "
             "parcerias."),
            ("Outras pessoas têm a chave dos seus planos esta semana; com o Sol oposto ao seu signo, cooperar rende "
             "mais do que seguir em carreira solo."),
        ),
        # 8
        (
            ("Dinheiro compartilhado, dívidas e planos conjuntos pedem atenção esta semana, com o Sol na sua oitava "
             "casa."),
            ("Conversas profundas e uma intimidade sincera fluem com mais facilidade enquanto o Sol ilumina sua casa "
             "da transformação."),
            ("Desapegar do que está desgastado abre espaço para o novo, e o Sol na sua oitava casa faz desta a semana "
             "certa para isso."),
        ),
        # 9
        (
            "Viagens, estudos e grandes ideias chamam você esta semana, enquanto o Sol atravessa a sua nona casa.",
            ("Os horizontes se ampliam enquanto o Sol ilumina sua casa do aprendizado: faça a matrícula, planeje a "
             "viagem, abra o atlas."),
            "Questões de fé e de sentido merecem o seu tempo esta semana, com o Sol na sua casa da filosofia.",
        ),
        # 10
        (
            "As metas de carreira saem à luz do dia esta semana, com o Sol no ponto mais alto do seu mapa.",
            ("Sua posição pública ganha impulso enquanto o Sol cruza sua décima casa; deixe quem toma as decisões ver "
             "o seu trabalho."),
            "Ambição e responsabilidade andam de mãos dadas esta semana, enquanto o Sol ilumina sua casa da reputação.",
        ),
        # 11
        (
            "Amizades e esforços em grupo levam você adiante esta semana, com o Sol na sua décima primeira casa.",
            ("Os sonhos para o futuro parecem ao alcance enquanto o Sol ilumina sua casa dos amigos; compartilhe-os "
             "com a sua turma."),
            ("Fazer contatos, trabalhar em equipe e participar de eventos da comunidade combina com você esta semana, "
             "com o Sol dando brilho à sua casa das esperanças."),
        ),
        # 12
        (
            ("Descanso e reflexão vêm em primeiro lugar esta semana, com o Sol na sua décima segunda casa, pouco antes "
             "da temporada do seu aniversário."),
            ("O trabalho discreto nos bastidores rende mais do que o esforço em público enquanto o Sol passa pela sua "
             "casa do recolhimento."),
            ("Preocupações escondidas ficam mais fáceis de encarar e soltar esta semana, enquanto o Sol ilumina o "
             "canto mais íntimo do seu mapa."),
        ),
    ),
    week_lunation={
        MoonPhase.NEW_MOON: (
            ("A Lua nova {in_sign}, {on_day}, é o recomeço da semana; defina uma intenção e comece a trabalhar nela em "
             "silêncio."),
            "Um novo ciclo lunar começa {on_day} com a Lua nova {in_sign}, um bom momento para adotar um hábito.",
            "{on_day}, a Lua nova {in_sign} convida você a dizer o que quer das próximas quatro semanas.",
        ),
        MoonPhase.FIRST_QUARTER: (
            "A Lua quarto crescente {in_sign}, {on_day}, testa seus planos, então supere o primeiro obstáculo.",
            "As decisões pedem resposta {on_day}, quando a Lua atinge o quarto crescente {in_sign}.",
            "{on_day}, uma Lua quarto crescente {in_sign} premia mais quem age do que quem só pondera.",
        ),
        MoonPhase.FULL_MOON: (
            "A Lua cheia {in_sign}, {on_day}, leva algo a um ponto decisivo; prepare-se para enxergar com clareza.",
            ("As emoções chegam ao auge {on_day} sob a Lua cheia {in_sign}, então programe uma noite calma e uma "
             "conversa franca."),
            "{on_day}, a Lua cheia {in_sign} mostra os resultados do que você começou duas semanas atrás.",
        ),
        MoonPhase.LAST_QUARTER: (
            "A Lua quarto minguante {in_sign}, {on_day}, é um momento para se livrar do que você não precisa mais.",
            "É hora de amarrar as pontas soltas {on_day}, quando a Lua chega ao quarto minguante {in_sign}.",
            "{on_day}, uma Lua quarto minguante {in_sign} favorece revisões, consertos e finais honestos.",
        ),
    },
    week_closers=(
        "Viva a semana um dia de cada vez e deixe a noite de domingo livre para você.",
        "Até o fim de semana, você vai saber qual esforço valeu a pena.",
        "Escreva no papel suas três prioridades da semana e deixe o resto como opcional.",
        "Esta semana, assuma um compromisso com você e cumpra-o.",
        "Um ritmo constante esta semana vale mais do que um pico de esforço seguido de um apagão.",
        "Dê notícias a alguém querido no meio da semana; um papo rápido faz bem para os dois lados.",
        "Comemore as pequenas vitórias da semana à medida que acontecem, não só no final.",
        "Deixe uma noite desta semana sem planos e veja aonde ela leva você.",
        "Receba o que a semana trouxer com curiosidade, não com preocupação.",
        "Feche a semana arrumando seu espaço, e a próxima começará mais leve.",
        "Não economize elogios esta semana; eles não custam nada e animam todo mundo.",
        "O descanso faz parte do plano desta semana, e não é um prêmio por cumpri-lo.",
    ),

    # ---- Monthly summary ----
    month_sun_house=(
        # 1
        (
            "Este mês gira em torno de você: com o Sol no seu signo, renove suas metas, seu visual e sua energia.",
            ("O mês do seu aniversário coloca o Sol no seu próprio signo, uma chance de decidir quem você quer ser "
             "este ano."),
        ),
        # 2
        (
            ("Dinheiro e segurança dão forma ao mês enquanto o Sol percorre sua segunda casa; monte um orçamento que "
             "reflita seus valores."),
            ("Os esforços para ganhar, poupar ou cobrar o preço justo pelo seu talento são recompensados enquanto o "
             "Sol ilumina sua casa dos recursos."),
        ),
        # 3
        (
            "A comunicação move o mês, com o Sol na sua terceira casa: aprenda, escreva, ligue e explore os arredores.",
            ("Conversas com irmãos, vizinhos e colegas pesam mais este mês, enquanto o Sol cruza sua casa das "
             "mensagens."),
        ),
        # 4
        (
            "Casa e família ancoram o mês enquanto o Sol passa pela sua quarta casa; invista no lugar onde você mora.",
            "Com o Sol na base do seu mapa este mês, o tempo com a família e com suas raízes renova suas forças.",
        ),
        # 5
        (
            "Romance, criatividade e crianças colorem as próximas semanas, enquanto o Sol visita sua quinta casa.",
            ("Brincar é produtivo este mês: o Sol na sua casa do romance convida a encontros, hobbies e riscos "
             "criativos."),
        ),
        # 6
        (
            "Rotina de trabalho e bem-estar são o foco do mês, com o Sol na sua sexta casa.",
            ("Hábitos constantes dão resultado nas próximas semanas, enquanto o Sol ilumina sua casa do trabalho "
             "diário e da saúde."),
        ),
        # 7
        (
            "As parcerias comandam o mês, com o Sol oposto ao seu signo iluminando sua sétima casa.",
            "Relacionamentos a dois e acordos pedem atenção este mês, enquanto o Sol cruza sua casa das parcerias.",
        ),
        # 8
        (
            "Recursos compartilhados e intimidade são os temas mais profundos do mês, com o Sol na sua oitava casa.",
            ("Mudanças profundas são possíveis este mês: o Sol na sua casa da transformação ajuda você a se desapegar "
             "e se renovar."),
        ),
        # 9
        (
            "Viagens, estudos e horizontes mais amplos chamam este mês, com o Sol na sua nona casa.",
            ("Aprendizado e aventura são os melhores investimentos do mês, enquanto o Sol ilumina sua casa dos lugares "
             "distantes."),
        ),
        # 10
        (
            "Carreira e reputação sobem ao topo este mês, com o Sol no ponto mais alto do seu mapa.",
            ("Suas ambições ficam em evidência este mês: o Sol na sua décima casa recompensa movimentos profissionais "
             "ousados."),
        ),
        # 11
        (
            ("Amigos, grupos e planos para o futuro enchem sua agenda, com o Sol na sua décima primeira casa o mês "
             "inteiro."),
            "Sua rede de contatos é a sua força este mês, e o Sol na sua casa das esperanças reúne aliados.",
        ),
        # 12
        (
            ("Um mês mais tranquilo está pela frente, com o Sol na sua décima segunda casa preparando você para a "
             "temporada do seu aniversário."),
            ("Descanso, reflexão e projetos pessoais sem pressa combinam com o mês, enquanto o Sol cruza sua casa do "
             "recolhimento."),
        ),
    ),
    month_new_moon=(
        "A Lua nova deste mês acontece no seu próprio signo, o melhor momento do ano para começar um projeto pessoal.",
        "A Lua nova na sua casa do dinheiro é o momento de abrir uma poupança ou começar a ganhar de um jeito novo.",
        ("A Lua nova deste mês na sua terceira casa inicia um novo capítulo na forma como você aprende, escreve e "
         "conversa."),
        "Uma Lua nova na sua casa do lar favorece uma mudança, uma reforma ou uma nova tradição em família.",
        "A Lua nova do mês cai na sua quinta casa, acendendo um novo romance, um hobby ou um projeto criativo.",
        "Uma Lua nova na sua sexta casa é ideal para uma nova rotina de trabalho ou um hábito diário mais saudável.",
        "A Lua nova deste mês na sua casa das parcerias pode dar início a um novo relacionamento ou a um novo acordo.",
        ("A Lua nova na sua oitava casa é o momento de reorganizar as finanças conjuntas, quitar dívidas ou "
         "reconstruir a confiança."),
        "Uma Lua nova na sua nona casa abre planos de viagem, de estudo ou de uma nova visão de mundo.",
        ("A Lua nova deste mês no topo do seu mapa dá início a uma nova meta profissional, então dê a ela um nome "
         "claro."),
        "A Lua nova na sua casa dos amigos favorece entrar em um grupo ou pôr em movimento um sonho de longo prazo.",
        ("Uma Lua nova na sua décima segunda casa inicia um recomeço silencioso: descanse, reflita e solte velhas "
         "preocupações."),
    ),
    month_full_moon=(
        ("A Lua cheia no seu próprio signo põe suas necessidades pessoais em plena vista, e você se enxerga com mais "
         "clareza."),
        "A Lua cheia deste mês na sua casa do dinheiro mostra como andam suas finanças; faça ajustes com calma.",
        "A Lua cheia na sua terceira casa traz notícias, uma conversa decisiva ou um texto concluído.",
        "Uma Lua cheia na sua casa do lar traz à tona uma questão de família; converse sobre ela com cuidado.",
        "A Lua cheia deste mês na sua quinta casa leva um romance ou um projeto criativo ao auge.",
        ("A Lua cheia na sua sexta casa revela do que sua rotina precisa, então ajuste a carga de trabalho e o "
         "descanso."),
        ("Uma Lua cheia na sua casa das parcerias destaca um relacionamento; equilibre suas necessidades com as da "
         "outra pessoa."),
        "A Lua cheia na sua oitava casa leva o dinheiro compartilhado ou a intimidade a um ponto de virada.",
        "A Lua cheia deste mês na sua nona casa conclui uma viagem, um curso ou uma mudança de perspectiva.",
        "A Lua cheia no topo do seu mapa sinaliza uma conquista na carreira, e seus esforços são reconhecidos.",
        "Uma Lua cheia na sua casa dos amigos mostra quem apoia você de verdade e quais sonhos ainda fazem sentido.",
        ("A Lua cheia na sua décima segunda casa traz à luz sentimentos escondidos; reserve um tempo tranquilo para "
         "organizá-los."),
    ),
    month_closers=(
        "Viva o mês em quatro passos firmes, uma semana de cada vez.",
        "No fim do mês, olhe para trás e reconheça o quanto você avançou.",
        "Mantenha uma meta do mês bem à vista e deixe que ela guie as pequenas escolhas.",
        "Um mês é tempo suficiente para mudar um hábito; escolha o que mais importa.",
        "Deixe espaço na agenda deste mês para descanso, amigos e imprevistos.",
        "Revise seus planos na metade do mês e ajuste-os sem arrependimento.",
        "Que as lições deste mês sejam suaves: aprenda, ajuste e siga em frente.",
        "Invista nos relacionamentos este mês; eles devolvem mais do que qualquer sucesso isolado.",
        "Abra espaço para algo novo este mês deixando uma coisa antiga ir embora.",
        "Dose o ritmo ao longo do mês e guarde um pouco de energia para a última semana.",
        "O que quer que este mês peça de você, responda com paciência e bom humor.",
        "Comece o mês com a mesa arrumada e termine com a mente leve.",
    ),

    # ---- Key days ----
    key_moon_house=(
        "Lua na sua primeira casa: recomeço",
        "Lua na sua casa do dinheiro: orçamento",
        "Lua na sua casa das mensagens: faça contato",
        "Lua na sua casa do lar: aconchego",
        "Lua na sua casa do romance: divirta-se",
        "Lua na sua casa da rotina: organize-se",
        "Lua na sua casa das parcerias: escute",
        "Lua na sua casa da intimidade: confie",
        "Lua na sua casa das viagens: explore",
        "Lua na sua casa da carreira: mire alto",
        "Lua na sua casa dos amigos: conecte-se",
        "Lua na sua casa do descanso: recarregue",
    ),
    key_moon_yours="A Lua entra no seu signo",
    key_lunation={
        MoonPhase.NEW_MOON: "Lua nova {in_sign}",
        MoonPhase.FIRST_QUARTER: "Lua quarto crescente {in_sign}",
        MoonPhase.FULL_MOON: "Lua cheia {in_sign}",
        MoonPhase.LAST_QUARTER: "Lua quarto minguante {in_sign}",
    },
    key_ingress="{planet} entra {in_sign}",
    key_ingress_yours="{planet} entra no seu signo",
    key_station_retrograde="{planet} inicia o movimento retrógrado",
    key_station_direct="{planet} retoma o movimento direto",
)
