"""The words search and ask understand, by what they do in a question.

Everything here is general to the language and to economic reports, never to one query:
question words and filler to drop; measure words (产值, share, how many) that say which
measure a question asks for, including measures no fact of this report states (利润,
employees), so that a question about them is declined rather than answered with a
neighbour; operators (最高, which is larger); period words (六月, year-end); and concepts,
everyday paraphrases attached to the report's own words (政府补助 -> 扶持资金), so that one
entry serves every fact of that concept. Fact-specific names belong in the fact base's
aliases.
"""

from __future__ import annotations

# --- filler ----------------------------------------------------------------------------------

# "How many" with its measure word (多少家, 几项, 多少亿 …): removed before other filler of
# the same length, so that 有多少家 leaves no 家 behind.
_COUNTED_FILLER = frozenset(
    f"{have}{counted}"
    for have in ("", "有")
    for counted in (
        [
            f"{q}{m}"
            for q in ("多少", "几")
            for m in "项家户个人名台辆架只亿万元钱次位条所批年套间座栋亩件"
        ]
        + [f"{q}{s}{m}" for q in ("多少", "几") for s in "万亿" for m in "辆台元人户家"]
        + [f"{q}{m}" for q in ("多少", "几") for m in ("个人", "位人", "名人")]
    )
)
# Question words and filler, longest first; each is removed from the query.
# The written register's filler, read in characters only (no one types them in pinyin, and
# their sounds are names': gai kuo is 技改扩产's 改扩, not 概括):
# - its question words (何种先行区, 为何: as 什么, 怎么);
# - how the report words a thing (如何表述, 作何评价, 如何概括): its words answer, whatever
#   they state (a figure's sentence too). The nouns alone stay words of what is asked: the
#   significance of a figure (高新技术企业数的意义) is no figure, and 评价 is the report's
#   own (区域整体评价);
# - the asker's view of a figure (才一百四十几亿而已, only): er yi in pinyin is 二亿.
ZH_WRITTEN_FILLER = frozenset(
    (
        "何种 何等 为何 "
        + " ".join(
            f"{how}{verb}"
            for how in ("如何", "怎么", "怎样", "作何", "是如何")
            for verb in ("表述", "描述", "论述", "概括", "评价", "判断", "说明")
        )
        + " 评价如何 而已"
    ).split()
)
ZH_FILLER = sorted(
    (
        "请问 告诉我 我想知道 想知道 查一下 查询 是多少 有多少 一共有 多少 是几 几个 几家 "
        # All at once (一下子交了几台): how, no word of what is asked. A while B (一边防疫
        # 一边抓经济): two things done together, joined by grammar.
        "一下子 一口气 一边 真的假的 "
        # The north's light verbs (退税整了多少钱: got how much; 一年干了多少辆: did).
        "整了 干了 "
        # Arranged (安排了多少人轮岗): a light verb before what was done; not 怎么安排的,
        # where how they were placed is what is asked.
        "安排了 "
        # Forms of address online (家人们, 宝子们, 老铁): to the reader, no word asked.
        "家人们 宝子们 老铁们 老铁 兄弟们 姐妹们 哥们儿 哥们 劳驾 "
        "有多大 有多高 有多快 完成了 实现了 完成 实现 办理了 "
        # How bad (停工有多严重): a degree asked, no word of the thing.
        "有多严重 多严重 有多厉害 多厉害 有多糟糕 有多糟 有多惨 "
        "几户 几项 几名 几人 几台 几辆 几 什么样 是什么 什么 哪些 哪个 哪家 哪一个 哪一家 哪 "
        "哪一笔 哪笔 哪一项 哪项 哪一类 哪类 哪一种 哪种 哪一批 "
        "怎么样 怎样 怎么 如何 为什么 吗 呢 吧 啊 呀 嘛 了 的 一共 总共 共计 去年 今年 "
        # That year (那年, 嗰年, 本年度): the report's year, as 今年 is.
        "那年 这年 当年 本年度 今年度 本年 "
        # Modal particles of spoken questions (几个哇, 几家嘞, 多少啦).
        "哇 啦 嘞 咧 呗 咯 哟 喔 噢 哦 呐 喇 "
        # Hesitation and requests spoken to a phone's voice input (呃就是…, 那个…, 你帮我
        # 看看): the asker's breath and manners, no word of what is asked.
        "呃 嗯 诶 欸 哎 唉 就是说 就是 你帮我们 你帮我 帮我们 帮我 帮忙 看看 瞧瞧 查查 查一查 "
        "看一下 看下 "
        # And Cantonese ones (幾多㗎, 係咪咁喎).
        "㗎 喎 啩 囉 啫 吖 噃 "
        # 个 before what (达到个什么效果): a classifier of the question word, grammar.
        "个什么 个啥 "
        # Ultimately (最终想达到): when, in the end, not what is asked. Handed down
        # (省里下达的任务): where a task came from.
        "最终 下达 "
        "啥 干啥 咋 咋样 搞了 搞 还高 还多 还大 还低 还少 还要高 多不多 高不高 了没有 "
        # Also with, also to (还和哪家公司签了协议, 还跟谁合作): 还 before a word joining a
        # party, which goes as the joiner alone does.
        "还和 还跟 还与 还同 还向 "
        # The report's own currency named (多少亿元人民币): what every amount is in.
        "人民币 "
        # Thanks and forms of address ending or opening a chat message (多少呢亲, 谢谢,
        # 老师请问): manners, no word of what is asked.
        "谢谢你 谢谢您 谢谢 多谢 感谢 呢亲 亲亲 老师 小编 "
        # Whether it is large (作用大不大): a judgement asked, no size.
        "大不大 强不强 严不严重 严重不严重 严重吗 "
        "现在 目前 当前 如今 眼下 里面 里头 里 "
        # A whole year said outright (一整年造了多少台): the year, as 全年.
        "一整年 整整一年 "
        # Who asks, in the middle of a question (…，想问下他们…): as 请问.
        "想问一下 想问下 想问问 想请问 想了解一下 想了解 我想问 我问你 想问 "
        "想确认一下 想确认下 确认一下 想核实一下 核实一下 想核对一下 核对一下 "
        # An official letter's requests (烦请说明…): asking, no word asked; 有关情况为何:
        # how things stand, the thing named asked. (经查, 据悉 open a question only: the
        # asker's words, question._ASKING.) Where a thing stands (处于什么位置).
        "烦请说明 请予说明 请说明 说明一下 烦请 情况为何 情况如何 处于 处在 "
        # A clerk's formal requests (请简述…的主要做法, 请列举…): asking, no word asked.
        "请简述 请简要介绍 简要介绍 请概述 请列举 请逐项列举 请介绍一下 请介绍 介绍一下 简述 概述 "
        # Lists asked for (列出…, 把…都列一下): which ones (_PLURAL; 所有 after them is read
        # there, as all of them).
        "请列出 列出来 列出 列一下 列个 列举 罗列 盘点一下 盘点 一一 逐一 逐项 "
        # A thing's name asked (掘进机叫什么名字): the fact naming the thing answers it.
        "叫什么名字 叫啥名字 叫什么 叫啥 叫做 名叫 名字 名称 "
        # A product, said of what a firm made (什么产品获了金奖), as "product" in English:
        # the report names the thing itself and never says 产品.
        "产品 "
        # In the zone (区内有几家): where everything the report states is.
        "区内 园区内 开发区内 "
        "2022年 二〇二二年 二零二二年 晋中开发区 综改区 开发区 园区 晋中 情况 有关 关于 分别 是否 "
        # The zone's name shortened from its first characters (晋中 + 开发区), as 综改区 is.
        "晋开区 "
        # As for (至于高新技术企业，有多少户): the topic follows, as after 关于.
        "至于 "
        # How it is done (整体来做).
        "来做 来搞 "
        "那阵子 那阵儿 那阵 那会儿 那会 那时候 那时 那段时间 这阵子 这会儿 "
        # Among them all (各项增速里哪个最高): every one of what is named.
        "各项 各个 "
        # 是二季度的事吧: a matter of that time, no word of what is asked.
        "的事儿 的事情 的事 "
        # The report's own words asked for (原话是怎么说的, 原文): every answer quotes its
        # sentence, so the request names nothing asked (where in it: _WHERE_IN_REPORT).
        "章节 段落 原话 原文 原句 那句话 哪句话 怎么说的 怎么写的 怎么讲的 "
        # Tags asking to confirm (…下线的，没错吧): no words of what is asked.
        "对吗 对吧 对不对 没错吧 没错吗 没错 是真的吗 真的吗 "
        # Put so (是这样吗, 这么写对吗): the claim said before is what is asked.
        "是这样 这么写 这样写 这么说 这样说 "
        "到底 具体 大概 请 数量 总数 多大 期间 时候 当时 一下 能否 可以 我 你 他们 一年 "
        "全年 每年 谁 谁家 和谁 跟谁 来着 麻烦 问下 请教 最新 数据 统计 具体数字 数字 "
        "多高 多快 "
        "总体 整体 一些 这些 那些 这个 那个 了吗 的话 截至 截止 为止 达到 得多 得更多 "
        "百分之多少 百分之几 有没有 是不是 有无 做些什么 做了什么 干什么 干了什么 做什么 是 "
        "一系列 大约 大致 大体 左右 差不多 那笔 这笔 那台 这台 那家 这家 那项 这项 那个 这批 "
        "那批 这类 那类 这一批 那一批 这次 那次 这回 那回 报告里 报告中 报告 提到 提及 说 "
        # Whether the report says it (讲没讲, 有讲吗, 提没提): the thing follows. (Not
        # 讲了, 有提, 有说: inside 宣讲了, 有提拔, 有说明.)
        "讲到 讲没讲 有讲 说到 说没说 提没提 谈到 谈及 写到 写没写 "
        # Whether a claim holds (这个说法有依据吗, 属实吗): a yes-or-no question of it.
        "这个说法 这种说法 说法 有依据 依据 属实 靠谱 "
        # Not knowing (不知道…占了多大比例): the asker's state, the question follows.
        "不知道 不清楚 不晓得 "
        # All along (一直排在前列): how long, said of a standing the report gives once;
        # before and after (当初手续不全，后来补办了没有): when, said of what is asked.
        "一直 始终 向来 后来 当初 起初 原先 原本 "
        # By this reckoning (那照这么算), the part about (升迁的部分): the question follows.
        "照这么算 这么算 照这样算 照此推算 照此计算 按这么算 照这么推算 照这样推算 这么推算 部分 "
        # (推 alone after such a 照: 照这个推全区产值, inferred as 推算 says)
        "照这个推 按这个推 照这么推 照这样推 照此推 这么推 "
        # Whether it can be worked out (增速能推出来吗, 算得出来吗): the figure reckoned is
        # asked, as with 推算.
        "能算出来 能推出来 能不能算出来 能不能推出来 算得出来 推得出来 算得出 推得出 能推算 "
        "能算出 能推出 可以算出来 可以推出来 "
        # Named in the report (被点名的企业): the report's own, as 提到的.
        "被点名 点名 "
        # All told (综合来看, 总的来看): the question follows.
        "综合来看 总的来看 总体来看 整体来看 总的来说 "
        # The year as a whole (全年来看, 全年嚟講): the year's standing is asked, no month's.
        "从全年来看 全年来看 从全年看 全年看 全年来说 全年来讲 整年来看 一年来看 "
        "报告里提到的 报告中提到的 文中 提到的 得怎么样 得如何 得怎样 "
        # As the report writes it (报告里写的“国际级”): its words, no word asked.
        "报告里写的 报告中写的 报告上写的 文中写的 里面写的 "
        "荣获 拿了 拿到 拿下 拿的是 拿的 夺得 摘得 斩获 得到 收到 获得了 获得的 "
        # Chosen or rated as (入选省级小巨人, 获评金奖, 被评为): how a title came, as 荣获.
        "入选了 入选 获评为 获评 被评为 评为 当选 "
        "在哪里 在哪儿 哪里 哪儿 何处 得了 东西 没有 咱们 咱 我们 俺们 创造了 创造 创下 "
        # Your, our (你们开发区, 俺开发区, 恁开发区): the zone asked about, whoever's it is.
        "你们 您们 俺 恁 "
        "处于 位于 单个 单家 单一 一家 一项 一笔 当中 之中 其中 加起来 合起来 加在一起 合计 总计 "
        "加一起 加到一起 合在一起 合一起 加一块儿 加一块 合一块儿 合一块 "
        # Put in order (排个序), when an order said (从低到高) is what was read.
        "排个序 排一下序 排下序 排排序 排序 "
        "已经 "
        # Carried out, adopted (实行什么机制, 采取了哪些措施): how a thing is done, as 搞 is.
        "实行了 实行的 实行 推行了 推行 采取了 采取 采用了 采用 "
        # The asker's feeling of a thing come about (终于超过了吗, 居然): no word of it.
        "终于 总算 居然 竟然 果然 究竟 "
        # How many, said in passing (好多厂子都停工了): a degree, no word of what is asked
        # (很快 stays: how fast may be what is asked, 增长很快吗).
        "好多 很多 许多 不少 挺多 老多 "
        # Took (采取了哪些措施): a light verb before the measures, which are what is asked.
        "采取了 采取 "
        # Recognised as (认定为高新技术企业): the status verb; what it names is asked.
        "被认定为 认定为 被评为 "
        # Made, as a figure comes about (干出了多少产值), like 创造 and 实现.
        "干出 搞出 做的 "
        "这一年 那一年 这一年里 就能 就可以 指的是 指的 说的是 了没 帮着 帮忙 真的 隔了 时隔 "
        "每亩 这块 这块儿 这一块 那块 那块儿 那一块 这方面 那方面 "
        # What a figure means (85%说的是什么): the fact stating it is asked.
        "是啥意思 啥意思 什么意思 的意思 意思是 意思 说的 指什么 代表什么 代表的是 讲的是 所指 "
        # Which indicator a figure is (143亿元指的是哪个指标): the fact stating it.
        "哪个指标 哪项指标 哪一项指标 什么指标 啥指标 "
        # Where the asker will use it (稿子里要引用) and asking for help finding it.
        "稿子里 稿子 稿件 要引用 引用 写稿 帮我 找一下 帮我找 帮我查 找找 "
        # Where in a period (二季度刚开始的4月): the period itself is what is asked.
        "刚开始 开头 刚开头 伊始 "
        # Doubt and wonder (难道没超过吗, 不是到了吗, 咋回事; 莫非, could it be): a yes-or-no
        # question all the same, of what follows.
        "难道 不是 咋回事 怎么回事 莫非 "
        # What is asked of a thing (its way, its use, its progress: 培训方式, 资金用途,
        # 有什么进展, 发挥了什么作用: the role it played): what the report says of the thing
        # answers it.
        "方式 方法 用途 路子 做法 内容 途径 手段 进展 方面 平时 干些啥 干些什么 凭什么 "
        # What the report is mainly about (报告的主要内容): no thing of it asked.
        "主要内容 主要讲 主要说 "
        "作用 发挥了 发挥 职务 职位 "
        # What became of it (投资结构有什么变化): what the report says of it.
        "变化 改变 "
        # What a thing holds (党建联盟涵盖哪些产业): the parts are asked, and the verb is no
        # word of them (覆盖 is the report's own: 全覆盖; 包括 and 算上 are left, as 不包括
        # and 不算上 take a part out).
        "涵盖了 涵盖 涉及了 涉及 囊括了 囊括 "
        # Related to it (厂房相关建设手续), as 有关.
        "相关的 相关 "
        # A group's own firms (经纬旗下的企业, 下属企业): the group named is the firms'.
        "旗下 下属 "
        # Its own (白象食品自己的产值): the thing itself, said again.
        "自己 本身 自身 "
        # Running (比GDP跑得快了多少): the pace of growth, said of it.
        "跑得 "
        # How a thing was done (一口气交了, 交到手里): the doing is asked, not the manner.
        "一口气 一次性 手里 手上 "
        # A verb's direction (估算下来, 推算起来, 算出来) and its reach (做到): the verb is
        # what is said, and the figure it reaches is asked.
        "下来 下去 起来 出来 回来 进来 进去 做到 "
        # Rose to (升到多少): the figure reached is asked, as with 达到. Not fell to (降到
        # 多少): a level after a fall, which the report never gives.
        "升到了 升到 升至 涨到 涨至 增至 "
        # The light verbs' reach (GDP干到多少了, 冲到多少, 搞到几亿): did so much, the figure
        # reached is asked.
        "干到 搞到 整到 弄到 冲到 拼到 "
        # Worth so much, converted (产出折合多少钱): the figure itself is asked.
        "折合 折算 相当于 "
        # Alongside (交付的同时): what happened beside another thing is asked of itself.
        "同时 与此同时 "
        # Hedges on the figure asked (估计多少亿, about how much): as 大概 and 大约; and
        # its opposite, how exactly (准确数字, 确切是多少), as 具体.
        "估计 预估 粗略 约莫 好像 似乎 貌似 准确 确切 精确 准数 实数 确数 "
        # Exactly so much (正好140亿): a figure claimed to the digit, no word of a thing.
        "正好 恰好 刚好 恰恰 不多不少 啱啱好 啱好 整整 "
        # What it should come to (照这个比例算应该有多少家): the figure reckoned is asked.
        "应该 应当 "
        # Hearsay (据说过了两百亿, 印象中是二十七点几): where the asker's guess came from;
        # and how big they think it is (拉动很大, 挺多的): no figure.
        "据说 听说 听人说 听讲 听人讲 据称 据悉 印象中 印象里 我记得 记得 "
        # A text the asker checks (稿子说, 报道称, 文章里写): the claim follows, as after 听说.
        "稿子说 稿子里说 稿子里写 稿子写 稿件说 报道称 报道说 报道里说 有报道称 新闻说 "
        "文章里说 文章里写 网上说 媒体称 "
        "很大 挺大 很多 挺多 不少 不小 很高 挺高 "
        # Only so much (是不是只有1.11亿): the figure said is what is held, no word to match.
        "只有 仅有 仅仅 只不过 "
        # So much, so sharply (为什么涨这么多, 大幅回落): how it struck the asker, no figure.
        "这么多 那么多 这么高 那么高 这么快 那么快 这么大 那么大 大幅度 大幅 "
        "得那么厉害 得这么厉害 得很厉害 得厉害 得那么狠 得这么狠 得那么严重 得这么严重 "
        "那么厉害 这么厉害 "
        # The zone pointed at (开发区那边, 这里的企业, 当地): the zone, said again.
        "那边 这边 那里 这里 那儿 这儿 当地 本地 "
        # Who certified it (晋中市委认定的): the report says only that it was; the thing
        # certified is asked (and the city's organ is no place, 全市, to hold it to).
        "晋中市委 市委 省委 "
    ).split()
    # 哪台设备, 哪款车, 哪两款车: which, by its classifier (the thing is named after it).
    + [f"哪{one}{c}" for one in ("", "一", "几", "两") for c in "台辆款部座条所批位架次"]
    # That one, this one (那份合作协议, 这笔钱): pointing back, by its classifier (not 该:
    # 技该项目 is 技改 typed by its sound).
    + [f"{this}{c}" for this in "这那" for c in "份笔台家项批类次回件辆位名条张部场"]
    + sorted(_COUNTED_FILLER)
    + sorted(ZH_WRITTEN_FILLER)
    # Counts and amounts named as such (户数, 金额: the number asked for), and grammar.
    + (
        "总户数 户数 家数 个数 件数 项数 笔数 人数 台数 辆数 金额 总额 数额 数目 项目数 事项数 "
        "按照 根据 以后 之后 所占"
    ).split(),
    key=lambda word: (len(word), word in _COUNTED_FILLER),
    reverse=True,
)

# Cities and countries that are not where the zone is (it lies in Yuci, Jinzhong, Shanxi):
# a thing claimed done in one of them was not done where the report places it.
OTHER_PLACES = {
    "太原": "taiyuan", "大同": "datong", "长治": "changzhi", "临汾": "linfen", "运城": "yuncheng",
    "忻州": "xinzhou", "吕梁": "lvliang", "阳泉": "yangquan", "朔州": "shuozhou",
    "晋城": "jincheng",
    "北京": "beijing", "上海": "shanghai", "天津": "tianjin", "重庆": "chongqing", "西安": "xian",
    "广州": "guangzhou", "深圳": "shenzhen", "杭州": "hangzhou", "南京": "nanjing", "武汉": "wuhan",
    "成都": "chengdu", "郑州": "zhengzhou", "济南": "jinan", "石家庄": "shijiazhuang",
    "合肥": "hefei", "长沙": "changsha", "苏州": "suzhou", "青岛": "qingdao", "宁波": "ningbo",
    "沈阳": "shenyang", "哈尔滨": "harbin", "西宁": "xining", "兰州": "lanzhou", "银川": "yinchuan",
    "呼和浩特": "hohhot", "包头": "baotou", "鄂尔多斯": "ordos", "德国": "germany",
    "日本": "japan", "美国": "america", "韩国": "korea",
    # More of China's large cities, and places in Jinzhong other than the zone's own
    # (平遥, 太谷: counties and districts the report never names).
    "大连": "dalian", "保定": "baoding", "厦门": "xiamen", "无锡": "wuxi", "佛山": "foshan",
    "东莞": "dongguan", "福州": "fuzhou", "昆明": "kunming", "南昌": "nanchang",
    "南宁": "nanning", "贵阳": "guiyang", "海口": "haikou", "长春": "changchun",
    "唐山": "tangshan", "烟台": "yantai", "徐州": "xuzhou", "温州": "wenzhou",
    "常州": "changzhou", "邯郸": "handan", "洛阳": "luoyang", "榆林": "yulin",
    "乌鲁木齐": "urumqi", "拉萨": "lhasa", "平遥": "pingyao", "太谷": "taigu",
    "介休": "jiexiu", "英国": "britain", "法国": "france", "俄罗斯": "russia",
    "印度": "india", "东京": "tokyo",
}  # fmt: skip

# China's provinces and province-level cities, as a firm's name may begin with one (陕西建工,
# Shanxi Construction): two firms of two provinces are two firms, however alike the rest.
PROVINCES_ZH = tuple(
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 "
    "广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门".split()
)
PROVINCES_EN = tuple(
    "beijing tianjin shanghai chongqing hebei shanxi liaoning jilin heilongjiang jiangsu zhejiang "
    "anhui fujian jiangxi shandong henan hubei hunan guangdong hainan sichuan guizhou yunnan "
    "shaanxi gansu qinghai taiwan mongolia guangxi tibet ningxia xinjiang hong macau".split()
)

# Places other than the zone. A place named in a question narrows it to that place's
# figure (全省GDP is the province's GDP, not the zone's), so a fact answers only if the fact
# itself names the place: never by its chapter's title (the zone's GDP stands in 稳居全省前列),
# and never by a near spelling. Where a fact does name it, the place says little of what is
# asked and counts half (Shanxi province GDP is not the zone's standing in the province).
# Each place's words, the report's first (the report calls Shanxi 全省, Jinzhong 全市).
_PLACE_WORDS = (
    "全省 山西省 山西 province shanxi",
    "全市 晋中市 city",
    "全国 中国 china nationwide",  # not 国内: 国内生产总值 is GDP
    "全县 县里 county",  # a county's, which the report never gives (正县级 is a grade)
)
PLACES = {word: tuple(words.split()) for words in _PLACE_WORDS for word in words.split()}
# Their words in characters, longest first (山西省 before 山西).
ZH_PLACE_WORDS = tuple(sorted((w for w in PLACES if not w.isascii()), key=len, reverse=True))

# Cantonese words in Hong Kong questions, as Mandarin: 几多 (how many), 咗 (了) …, read
# after the Traditional characters are folded to Simplified.
CANTONESE = {
    # (Read in this order: a word before the characters it holds, 冇讲错 before 冇.)
    # Over or not (过唔过到, 超唔超过): asked either way, before 过到 is read as 超过.
    "过唔过到": "超不超过", "过唔过": "超不超过",
    # Come (嚟), last (包尾: 垫底), year's end (年尾), not enough (唔够: under), inside
    # (入面), made (整出嚟), "did I say it wrong" (冇讲错吧: 没错吧), a car (架车).
    "够唔够": "够不够",  # enough or not, before 唔够 (not enough)
    "冇讲错": "没错", "冇错": "没错", "整出嚟": "生产出来", "唔够": "不到", "嚟": "来",
    "包尾": "垫底", "年尾": "年底", "入面": "里面", "架车": "辆车", "落线": "下线",
    # 部 counts cars too, where a number asked counts them (几多万部车: 全部车辆 stays).
    "几多万部": "多少万辆", "几多部": "多少辆",
    "地盘": "工地",  # a building site
    "夹份": "合伙",  # to go in together (夾份開公司: a joint venture)
    # Got past (过到一百四十亿: 超过), broke through (爆咗两百亿: 突破), really (真系:
    # 真的是), down to (拨咗几多钱落去: 拨了多少钱下去), the customers (交俾客: 交给客户).
    "过到": "超过", "爆咗": "突破了", "真系": "真的是", "钱落去": "钱下去", "俾客": "给客户",
    # Year on year (按年升咗: 同比增长了), as Hong Kong's financial pages say it (升咗 alone
    # may be a promotion: 升咗正处).
    "按年升咗": "同比增长了", "按年升": "同比增长",
    "砌": "造",  # to build, assemble (砌咗几多架车: how many cars were built)
    # 架 counts vehicles (几多万架: how many ten thousand).
    "几多万架": "多少万辆", "几多架": "多少辆",
    # Last year (旧年: 舊年 folded), as 去年 is said of the report's year.
    "旧年": "去年",
    # At that time (交付嗰阵: 交付的时候), before 嗰 alone (that); added in (加埋: 加上).
    "嗰阵时": "的时候", "嗰阵": "的时候", "嗰时": "的时候", "𠮶阵": "的时候", "加埋": "加上",
    # 啲 after a comparative is "a bit more" (边个多啲: which is more), before 啲 alone.
    "多啲": "多", "少啲": "少", "高啲": "高", "低啲": "低", "大啲": "大", "细啲": "小",
    "快啲": "快", "慢啲": "慢", "最细": "最小",
    "唔使": "不用", "唔洗": "不用", "混能": "混动",  # no need; hybrid (混能车)
    # Please, tell me, let me ask (唔该, 话我知, 问吓): a request's politeness, before 唔
    # (not); we, you (我哋, 你哋), before 哋 alone.
    "唔该": "请", "话我知": "请告诉我", "问吓": "请问", "我哋": "我们", "你哋": "你们",
    "系几多": "是多少", "系边个": "是哪个", "系乜嘢": "是什么", "系乜": "是什么",
    "系唔系": "是不是", "系几时": "是什么时候", "系边间": "是哪家", "系边家": "是哪家",
    "整嘅": "生产的",  # made (边间公司整嘅: which firm made it)
    "定系": "还是",  # A定係B: A or B
    # 㗎 is 嘅 and a final 啊 run together (係唔係真㗎: 是不是真的).
    "㗎": "的",
    # Per cent, as Hong Kong says it from the English (几多巴仙: what per cent; 85巴仙).
    "几多个巴仙": "百分之多少", "几多巴仙": "百分之多少", "个巴仙": "%", "巴仙": "%",
    # Yuan (蚊: 几多亿蚊, 143亿蚊), as Hong Kong says it of money.
    "几多亿蚊": "多少亿元", "几多蚊": "多少元", "亿蚊": "亿元", "万蚊": "万元", "千蚊": "千元",
    # Right or not (啱唔啱), not yet (仲未), first place (头名).
    "啱唔啱": "对不对", "仲未": "还没有", "头名": "第一",
    "唔通": "难道",  # surely not (唔通GDP有200億: 难道)
    # Digital (数码科技, Hong Kong's), a trailer truck (联结车, 货柜车: Taiwan's and Hong
    # Kong's heavy truck).
    "数码科技": "数字科技", "联结车": "重卡", "货柜车": "重卡",
    "几多": "多少", "整咗": "生产了", "咗": "了", "嘅": "的", "系咪": "是不是", "冇": "没有",
    "办嘢": "办事", "做嘢": "做事",  # 嘢: things, matters (办嘢唔使出区: 办事不用出区)
    # (啲咩, 啲乜: what, before 咩 alone is read: 发生咗啲咩, 有啲咩事)
    "啲咩": "什么", "啲乜嘢": "什么", "啲乜": "什么",
    "乜嘢": "什么", "咩": "什么", "边个": "哪个", "边间": "哪家", "边度": "哪里",
    "点样": "怎样", "佢哋": "他们", "佢": "它", "几时": "什么时候",
    # Next, from now on (接落嚟, 跟住落嚟): 接下来; how, before a verb of plans (打算点做).
    "接落嚟": "接下来", "接落来": "接下来", "跟住落嚟": "接下来", "跟住落来": "接下来",
    "打算点": "打算怎么", "准备点": "准备怎么",
    # (边 before any other measure word is which: question._CANTONESE_WHICH.)
    "边啲": "哪些", "边几个": "哪几个", "边几间": "哪几家", "边几": "哪几",
    # 啲 after a thing, before another, is 的 (开发区啲国企: the zone's SOEs); after 有, 嗰
    # or 一 it is 些 (有啲企业: some firms).
    "有啲": "有些", "嗰啲": "那些", "𠮶啲": "那些", "一啲": "一些",
    "呢啲": "这些", "某啲": "某些", "早啲": "早些", "迟啲": "迟些", "多咗啲": "多了些",
    "有冇": "有没有", "点解": "为什么", "乜": "什么", "啲": "的", "喺": "在", "嗰": "那",
    "呢个": "这个", "畀": "给", "攞": "拿", "唔": "不", "咁": "这么",
    # 嗰 as the folding to Simplified writes it; now (而家, 依家, 宜家); give (俾).
    "𠮶": "那", "而家": "现在", "依家": "现在", "宜家": "现在", "俾": "给",
    # Look (睇下, 睇睇: have a look), not 底 (the sound 睇 has in Mandarin).
    "睇睇": "看看", "睇吓": "看下", "睇下": "看下", "睇": "看",
    "甚么": "什么",  # 甚麼, as Hong Kong and Taiwan write 什么
    "啥": "什么",  # and as the north says it (有啥大事)
}  # fmt: skip

# Northern and Shanxi spoken question words, as Mandarin (甚, what, is read apart: 甚至
# and 甚为 are no question).
NORTHERN = {
    "多老少": "多少", "多老些": "多少", "多少少": "多少", "多会儿": "什么时候",
    "多会子": "什么时候", "啥会儿": "什么时候",
    # That one (兀个, Shanxi's 那个), here and there (这搭, 那搭), so many (恁多).
    "兀个": "那个", "这搭": "这里", "那搭": "那里", "恁多": "那么多", "恁大": "那么大",
    "排老几": "排第几",  # what place (in the province): 老几, the north's 第几
    "恁高": "那么高", "恁快": "那么快",
}  # fmt: skip

# Southwestern (Sichuan, Chongqing) and northeastern spoken words, as Mandarin, read
# before the Cantonese ones (啥子 is what, not 啥 and 子): 啥子 (what), 嘎哈 (what for),
# 咋个 (how), 老鼻子 and 贼多 (a lot), 后头 (after), 里头 (inside), 晓得 (know), a final
# 不嘛 (…, or not?) and 嘞 (呢). (前头 is read as the report's 前列, a synonym; a final
# 没得, or not, is read apart: 没得到 is did not get.)
REGIONAL = {
    "啥子": "什么", "嘎哈": "干什么", "干哈": "干什么", "咋个": "怎么", "咋整": "怎么办",
    "老鼻子": "很多", "贼多": "很多", "贼大": "很大", "贼高": "很高",
    "贼快": "很快", "后头": "后面", "里头": "里面", "晓得": "知道",
    "不嘛": "吗", "嘞": "呢",
}  # fmt: skip

# Everyday Chinese phrases for the report's words, read before filler is removed (开发区
# is filler, so 整个开发区 would leave only 整个): the whole zone is the report's 全区;
# Jinzhong city is the report's 全市 (晋中 alone, filler, is the zone).
ZH_PHRASES = {
    # The first machine of its kind (第一台, 头一台), as the report says it (首台): not one
    # machine counted. (第一次 stays as said: the premise check reads it as 首次.)
    "第一台": "首台", "头一台": "首台",
    # Yuan, as everyday speech says it (143亿块钱, 多少亿块): 块 after a scale counts money
    # (一块地, a plot, stays: a scale comes before no plot the report counts).
    "亿块钱": "亿元", "万块钱": "万元", "千块钱": "千元", "块钱": "元",
    "亿块": "亿元", "万块": "万元",
    # Which firm produced it (哪家企业生产的): who made it, as 造的 asks (no output asked, no
    # word of the thing's). (Not 谁生产的 after a figure: 11万辆是谁生产的, the sentence of
    # Geely's 生产整车11.15万辆.)
    **{f"{which}生产的": f"{which}造的" for which in ("哪家企业", "哪个企业", "哪家公司", "哪家")},
    # Went on working as usual (照常生产, 照常开工): not halted. (Not 继续生产, 坚持生产,
    # which may come after a stoppage: resumed.)
    # (恢复正常生产, back to normal: resumed, after a stoppage; read first, as the table is
    # read in order)
    "恢复正常生产": "恢复生产", "恢复正常经营": "恢复经营", "恢复正常营业": "恢复营业",
    # Still working as usual (仍在正常生产, 仍然照常开工); not 正常生产 alone (保障企业正常
    # 生产: what was kept up; 非正常生产), nor 还在生产 (吉利还在生产吗: now).
    "仍在正常生产": "没停产", "仍然正常生产": "没停产", "依然正常生产": "没停产",
    "仍在正常开工": "没停工", "仍在正常营业": "没停业", "仍在正常经营": "没停业",
    "照常生产": "没停产", "仍在生产": "没停产", "照常开工": "没停工", "照常营业": "没停业",
    "照常经营": "没停业",
    "仍然没停产": "没停产", "依然没停产": "没停产", "仍然没停工": "没停工", "依然没停工": "没停工",
    # Those still working (还在开工的企业, 还在生产的占多少): a class named by it, not halted
    # (吉利还在生产吗 asks of now, as above).
    "还在开工的": "没停工的", "还在生产的": "没停产的", "还在营业的": "没停业的",
    "仍在开工的": "没停工的", "还在干活的": "没停工的",
    # Is, before a figure, as formal writing says it (数量为171户: 数量是171户).
    "数量为": "数量是", "数为": "数是",
    # (架 and 辆 count vehicles as 台 does: 第一架甲醇重卡, as Hong Kong says it)
    "第一架": "首台", "头一架": "首台", "第一辆": "首台", "头一辆": "首台",
    # Widely (大面积停产): how widely, no other thing than the stoppage (nor an area
    # measured: 面积); 大规模 only of a stoppage (大规模企业 may be a class of firms).
    "大面积": " ", "大规模停": "停",
    # Happened in, happened (停产是发生在5月吗, 几月发生的): when it was, as 是在 asks it
    # (what happened, 发生了什么, stays: a period's events asked).
    "是发生在": "是在", "发生在": "是在", "发生于": "是在", "发生的": "的",
    # Which firm, counted by 间 as Taiwan and Hong Kong count firms (哪间公司): 哪家.
    "哪间": "哪家",
    # Given a prize, in the passive (谁被授予二等奖, 被颁发金奖的企业), or received (获颁):
    # won it, as the report says (获), the winner asked, never the giver.
    # (金奖被颁发给了谁: to whom, read first)
    "被颁发给了谁": "给了谁", "被颁给了谁": "给了谁", "被授予给了谁": "给了谁",
    "被授予了": "获", "被授予": "获", "被颁发了": "获", "被颁发": "获", "被颁给": "获",
    "获颁": "获得",
    # Given to whom (金奖颁给了谁, 二等奖授予了谁): its winner, as 给了谁 asks; a prize given
    # by whom, said plainly (二等奖是谁发的): its giver, as 谁颁的 asks.
    "颁给了谁": "给了谁", "授予了谁": "给了谁", "颁发给了谁": "给了谁", "奖是谁发的": "奖是谁颁的",
    # Promoted, listed (获提拔, 被列入): as the report's 提拔 and the title's 入选 are asked.
    "获提拔": "被提拔", "被列入": "入选",
    # A rate of growth as Taiwan says it (經濟成長率): the report's 增长率 (成长 alone may be
    # a firm's growing up, 企业成长, and stays).
    "成长率": "增长率",
    # The refund's formal name (增值税留抵税额退税), as the report shortens it: 留抵退税.
    "增值税留抵税额退税": "留抵退税", "留抵税额退税": "留抵退税", "留抵税额退还": "留抵退税",
    "留抵税额": "留抵退税",
    # At what level (落在了什么水平): how much, of the figure asked; landed at, settled at
    # (落在, 定格在): reached, as 达到.
    "什么水平": "多少", "啥水平": "多少", "落在了": "达到", "落在": "达到", "定格在": "达到",
    "整个开发区": "全区", "整个园区": "全区", "全开发区": "全区", "全园区": "全区",
    # First or ranked in the province, as said aloud (省里第一, 市里排第几): the report's
    # 全省, 全市 (no level left out of the claim). (Not 区里: 开发区里排名 is the zone's.)
    "省里第一": "全省第一", "市里第一": "全市第一", "省里排": "全省排", "市里排": "全市排",
    # Which piece of work (哪项工作排名第一): which thing, work naming none of them.
    "哪一项工作": "什么", "哪项工作": "什么", "哪方面工作": "什么", "什么工作": "什么",
    # Jinzhong as a whole (整个晋中, 全晋中) is the city, the report's 全市.
    "整个晋中市": "全市", "整个晋中": "全市", "全晋中": "全市",
    # An industrial park is a zone (苏州工业园区 is another one, named by its place: 苏州
    # stands alone, not in 苏州工业).
    "工业园区": "园区工业",
    "所有企业": "全区",  # every enterprise: the zone as a whole
    # Among the top few (算不算前几名): the report's 前列.
    "前几名": "前列", "前几位": "前列",
    # A level and above (省级以上): each level from it up, either of them counted.
    "市级以上": "市级、省级或国家级", "省级以上": "省级或国家级", "省级及以上": "省级或国家级",
    "市级及以上": "市级、省级或国家级",
    # Said above (上面说的GDP): the thing named after it is what is asked.
    "上面说的": " ", "上面提到的": " ", "前面提到的": " ", "刚才说的": " ", "刚才提到的": " ",
    # And (以及), as 和: one joiner, not 以 and 及.
    "以及": "和",
    # Your zone, as a formal letter addresses it (请问贵区…, 贵开发区): the zone.
    "贵开发区": "开发区", "贵园区": "开发区", "贵区": "开发区",
    # This zone, as a text refers back to it (该区GDP, 本区, 该开发区): the zone.
    "该开发区": "开发区", "本开发区": "开发区", "该园区": "开发区", "该区": "开发区",
    "本区": "开发区",
    # An industry said short (食品业, 医药业): the report's 行业, so that the industry asked
    # is read as one (华卫拉了食品业多少: food, not Huawei's pharmaceuticals).
    "食品业": "食品行业", "医药业": "医药行业",
    # Mainly thanks to (主要靠, 主要是靠, 主要依靠): thanks to, whoever it was (read first:
    # the phrases are read in this order).
    "主要是靠": "靠", "主要靠": "靠", "主要依靠": "靠",
    # Pulled up by whom (靠谁拉起来的): who pulled it, the report's 拉动.
    # (Not 拉起来 alone: 按行业拉起来的联盟 were set up, not pulled.)
    "靠谁拉起来": "谁拉动", "靠谁拉动": "谁拉动", "谁拉起来": "谁拉动",
    # The digital economy: 数字 here is no "number" (filler), so it is said otherwise.
    "数字经济": "数码经济",
    # Digital, as Hong Kong says it of what the report calls 数字化 (數碼平台, 數碼化).
    "数码平台": "数字化平台", "数码化": "数字化", "数码转型": "数字化转型",
    "数码科技": "数字科技",  # 數碼科技黨建聯盟: the digital technology alliance
    # The province's zones, among which the zone ranks (稳居全省开发区前列).
    "省级园区": "全省开发区", "省级开发区": "全省开发区",
    # The government paying (政府拨给厂商的补贴) is the zone's administration, whose report
    # this is: the payment is what is asked; so is what it is for (用来支持…).
    "政府拨给": "拨给", "政府拨付": "拨付", "政府补贴": "补贴", "政府补助": "补助",
    "政府发给": "发给", "政府给": "给", "用来支持": "支持", "用于支持": "支持",
    "政府对企业": "对企业",  # 政府对企业的纾困资金: the zone's funds for firms
    # The worst place in a ranking is the last one (the report's 排名垫底).
    "排名最差": "排名垫底", "最差的排名": "排名垫底", "最差排名": "排名垫底",
    "排名最低": "排名垫底", "最低的排名": "排名垫底",
    "排倒数第一": "排名垫底", "排名倒数第一": "排名垫底", "排在倒数第一": "排名垫底",
    "排得最差": "排名垫底", "排得最低": "排名垫底",
    # Sent to serve as (被安排去当, 调去当): the report's 担任; a 头儿 is a head (主任).
    "被安排去当": "担任", "安排去当": "担任", "调去当": "担任", "派去当": "担任",
    "被安排担任": "担任", "安排担任": "担任", "被拉去当": "担任", "拉去当": "担任",
    "被调去给": "担任", "调去给": "担任", "头儿": "主任",
    # 提 counted (提了几个, 新提了多少): promoted, the report's 提拔; officials (当官的)
    # are its cadres.
    "提了几": "提拔了几", "提了多少": "提拔了多少", "提了有多少": "提拔了多少",
    "当官的": "干部",
    # Stopped (停下来的企业): the report's 停工 and 停产, before 下来 goes as filler.
    "停下来": "停工", "停了下来": "停工",
    # Whether there is a figure (有没有个数): a number asked, no count of anything.
    "有没有个数字": "多少", "有没有个数据": "多少", "有没有个数": "多少", "有个数吗": "多少",
    # What the zone will do (以后要, 往后会): its future, the report's 今后 (以后 alone,
    # after a time or an event, is only after it).
    "以后要": "今后", "以后会": "今后", "以后还要": "今后", "以后将": "今后",
    "往后要": "今后", "往后会": "今后", "将来要": "今后", "将来会": "今后",
    "接下来": "今后", "下一步要": "今后",
    # Leaving the zone is the report's 出区 (办事不出区), whatever the zone is called; not
    # the 出 of a verb before it (列出开发区的企业, 说出, 找出: the zone, no leaving).
    **{f"{v}出{z}": f"{v}出 {z}" for v in "列说找选推提给指举写算" for z in ("开发区", "园区")},
    "出开发区": "出区", "出园区": "出区",
    # Set up together (和陕西建工一起成立了什么): set up, with the partner the question names.
    "一起成立": "成立", "一同成立": "成立", "一起组建": "组建", "一起设立": "设立",
    # Getting one's business done (把事办了, 办手续), as the report says 办事.
    "把事办了": "办事", "把事办完": "办事", "把事情办了": "办事", "把事情办完": "办事",
    "办完事": "办事", "办手续": "办事",
    # Hong Kong and Taiwan words for what the mainland (and the report) calls otherwise:
    # VAT (加值型营业税, 营业税), public housing (公屋, 国宅), running it (营运),
    # money poured in (挹注), profit (获利).
    "加值型营业税": "增值税", "加值税": "增值税", "营业税": "增值税",
    "公营房屋": "保障房", "公屋": "保障房", "居屋": "保障房", "资助房屋": "保障房",
    "国民住宅": "保障房", "国宅": "保障房",
    "营运": "运营", "挹注": "扶持", "获利": "利润", "薪资": "工资",
    # Taiwan's word for firms (專精特新廠商): the report's 企业.
    "厂商": "企业",
}  # fmt: skip

# English number words, read as figures (three companies, twelve projects).
EN_NUMBER_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

EN_STOP = frozenset(
    (
        "a an the then of in on at for to by with and or from as that this these those there it "
        # Online interjections in pinyin initials (yyds: the GOAT; xswl: lol): no word asked.
        "yyds awsl xswl "
        "its is are was were be been being do does did has have had how many much what whats "
        "which who whom when where why number amount figure level year years 2022 "
        "etc etcetera jinzhong zone district please tell me show give list about get i we our "
        "you your can could would should will "
        "per than some any s vs versus up went go goes did done make makes made calendar "
        "credited whose all having inside handling handle handled "
        "form formed create created happen happened exactly exact data "
        "statistic statistics latest figure figures into out overall local get got know "
        "did does say said report reported according set established founded change changed "
        "changes came come comes coming whole entire while going keep keeping getting gets "
        # Verbs that say only that a figure came about, like 完成/实现 in Chinese: the
        # zone achieved, recorded, posted, received … GDP says no more than GDP.
        "achieve achieved achieves reach reached reaches record recorded records post posted "
        "posts generate generated generates complete completed "
        "completes receive received receives obtain obtained obtains see saw seen "
        "realise realised realize realized attain attained manage managed "
        # Classifiers of what is counted, like 笔 and 批: two batches of support funds.
        "batch batches tranche tranches lot lots ones "
        # Adding up what the question names: the combined output value is the output value.
        "combined altogether together kind successfully "
        # Pronouns, negation, the zone's name in pinyin, the e of i.e.
        "they them their he she his her not kaifaqu zonggaiqu e "
        # The asker's own (my) and courtesies (pls, thx): no word asked.
        "my pls plz thx thanks "
        # A cause joined on (because of covid, due to the pandemic): the cause is named.
        "because due owing "
        # A list asked for (list every award, enumerate all the funds): which ones, all of
        # them (the per-thing reading of every is read from the text, not from terms).
        "every enumerate "
        # Singapore's and Malaysia's sentence particles (GDP how much ah, reach already lah):
        # the asker's tone, as 啊 and 啦 are in Chinese.
        "ah lah leh lor meh hor "
        # A speaker's hesitations, as a voice assistant writes them down (um, er, okay;
        # like only where it is one: question._LIKE_SAID).
        "um umm uh uhh er erm hmm mm uhm basically okay ok "
        # Again (what was that figure again?): the asker asking once more, no word of a fact.
        "again "
        # Hedges on the number asked for: roughly how many is how many; not just the zone
        # (the city's, not only the zone's) says where, which the place word says; at
        # least (a floor the threshold reader has read by then).
        "roughly approximately around finish finished finishing just merely least "
        # Pinyin question words: duoshao (多少), shenme (什么), nage (哪个) …
        "duoshao shenme nage naxie jige jijia jihu "
        # The report itself and how it says things: mentioned in the review, single; does
        # the report say anything about, is it true that.
        "mentioned review single individual stated mention mentions says saying states "
        # (named in the report, cited: mentioned; newly named is read before, as added)
        "named cited "
        # Its words asked for (quote the sentence about, which section covers, the exact
        # wording): every answer quotes its sentence, so the request names nothing asked.
        "quote quoted quotes quoting sentence sentences passage passages paragraph "
        "paragraphs section sections chapter chapters wording verbatim "
        "anything something true "
        # A tier is a level, which says only which of the things named (national-tier).
        "tier tiers "
        # How a figure comes about (worked out from the report): the figure is asked.
        "calculated calculate computed compute estimated estimate implied inferred derived "
        "imply implies described describes "
        # Prepositions of time and place, like in and at.
        "during within via upon among amongst between after across throughout each "
        # So (that), joining a purpose to what was done: the purpose's words are asked.
        "so "
        # The ending of an ordinal, split from its number (the 20th congress).
        "th st nd rd "
        # Became, like got: that something came to be (directors became assistants, loans
        # turning bad).
        "become became becomes becoming turn turns turned turning "
        # Where a thing is (based in the zone) and now: the zone's, of the year asked.
        "based located situated headquartered now currently presently "
        # Doubt, contracted: isn't it, didn't they (the apostrophe dropped when read).
        "isnt wasnt werent arent didnt doesnt dont hasnt havent hadnt couldnt "
        # Who asks, contracted (I'm a reporter, we're writing): the asker, no thing asked.
        "im ive youre weve theyre "
        # A count named as such (national little giants count): the number asked for.
        "count tally "
        # What a figure means (what does the 33.1% refer to): the fact stating it is asked.
        "refer refers referring mean means meaning represent represents stand stands "
        # Things done, as 东西 in Chinese: getting things done is getting business done.
        "things thing stuff instead "
        # A product, said of what a firm made (which product won): the thing named is asked;
        # the gross domestic product is read as GDP before words are taken apart.
        "product products "
        # What a thing holds (which industries do the alliances cover, include): its parts
        # are asked, and the verb is no word of them.
        "cover covers covered include includes included including "
        "comprise comprises comprised consist consists contain contains "
        # Emphasis and hedges (did the economy finally exceed, what did it really do): how
        # the asker feels about it, no word of what is asked.
        "finally eventually ultimately really actually truly indeed officially reportedly "
        "apparently supposedly allegedly certainly definitely basically honestly"
    ).split()
)
# Went on working, however said (kept going, carried on): see EN_PHRASE_SYNONYMS.
_WENT_ON = (
    "kept going", "keep going", "carried on", "carry on", "continued operating",
    "continue operating", "continued working", "continue working",
    "continued production", "continue production", "continued producing",
    "continue producing", "continued to operate", "continue to operate",
    "continued to work", "continue to work", "continued to produce",
    "continue to produce", "kept producing", "keep producing",
)  # fmt: skip
# Everyday English phrases for the report's words, read before the query is split into
# words: handed over -> delivered.
_MORE_WORDS = ("more", "greater", "higher", "larger", "bigger")
EN_PHRASE_SYNONYMS = {
    # A level said with its place's noun, as a learner words it (province level little
    # giant): the level's adjective, no other place (全省) than the zone.
    "province level": "provincial",
    "province-level": "provincial",
    "city level": "municipal",
    "city-level": "municipal",
    "nation level": "national",
    "nation-level": "national",
    "country level": "national",
    "country-level": "national",
    "state level": "national",
    "state-level": "national",
    # Kept running, stayed open: went on working, the firms not halted (not running
    # again, a resumption; nor continued, kept going, which may be after a stoppage; a
    # denial of them is question._DENIED_NOT_HALTED's).
    **dict.fromkeys(
        (
            "kept running",
            "keep running",
            "kept operating",
            "keep operating",
            "kept working",
            "keep working",
            "stayed open",
            "stay open",
            "still running",
            "still operating",
            "unaffected",
            "had no stoppage",
        ),
        "not halted",
    ),
    # Kept going, carried on, continued working: after a stoppage they may mean resumed;
    # during or through it, not halted.
    **{
        f"{went_on} {time}": f"not halted {time}"
        for went_on in _WENT_ON
        # (not in alone: kept going in 2022, in the end, in the lead)
        for time in (
            "during",
            "through",
            "throughout",
            "in april",
            "in the april",
            "in the lockdown",
            "in the shutdown",
            "in the outbreak",
            "in the stoppage",
        )
    },
    # Halted production, suspended operations: the report's 停产停业停工, halted (the
    # production no amount made).
    **dict.fromkeys(
        (
            "halt production",
            "halted production",
            "stop production",
            "stopped production",
            "suspend production",
            "suspended production",
            "cease production",
            "ceased production",
            "halt operations",
            "halted operations",
            "suspend operations",
            "suspended operations",
            "cease operations",
            "ceased operations",
        ),
        "halted",
    ),
    # Retained or excess (input) VAT credits: the credits 留抵退税 refunds, as an English
    # tax page names them.
    "retained vat": "vat",
    "retained input vat": "input vat",
    "excess input vat": "input vat",
    "retained tax credits": "tax credits",
    "retained tax credit": "tax credit",
    # Rose, developed, expanded faster: grew faster, a pace of growth compared (no size).
    "rise faster": "grow faster",
    "rose faster": "grew faster",
    "risen faster": "grown faster",
    "develop faster": "grow faster",
    "developed faster": "grew faster",
    "expand faster": "grow faster",
    "expanded faster": "grew faster",
    # Value-added tax spelt out: VAT, the tax (no industrial value added).
    "value-added tax": "vat",
    "value added tax": "vat",
    # Number one in the city, No. 1 in the province: first in it, a place in a ranking.
    "number one in": "first in",
    "no. 1 in": "first in",
    "no.1 in": "first in",
    "number 1 in": "first in",
    # In the end, at some point, when all is said and done: when it came about, which
    # the asker leaves open (as finally does), no end of the year nor point asked.
    "in the end": "finally",
    "at some point": "finally",
    "all told": "finally",
    "when all is said and done": "finally",
    # The zone translated word by word (开发区: open zone, develop zone): the zone.
    "open zone": "zone",
    "develop zone": "zone",
    "developing zone": "zone",
    "development area": "zone",
    "open area": "zone",
    # The disease by its full name (COVID-19: 19 is no figure asked), as covid.
    "covid-19": "covid",
    "covid 19": "covid",
    "covid19": "covid",
    "sars-cov-2": "covid",
    "per cent": "percent",  # British spelling
    "pct": "percent",  # as a financial page shortens it (85 pct, 85pc)
    "pc": "percent",
    "p.c.": "percent",
    # And its other shorthand (22.4 bn, 17.77 pts, percentage pts).
    "bn": "billion",
    "bln": "billion",
    "mn": "million",
    "mln": "million",
    "pts": "points",
    "ppts": "percentage points",
    "percents": "percent",  # how many percents: a per cent asked
    "head count": "headcount",  # (in a Chinese question too: 提拔干部的head count)
    "payout": "payment",  # a sum paid out (the two support-fund payouts)
    "payouts": "payments",
    "pay-out": "payment",
    "pay-outs": "payments",
    # A year's end and a fiscal year, as a business page writes them (YE22, FY2022).
    **{
        f"{said}{year}": f"{whole} 2022"
        for said, whole in (("ye", "year-end"), ("fy", ""))
        for year in ("22", "2022", " 22", " 2022", "'22")
    },
    # Right as correct, asking to confirm (is that right, right?): no legal right.
    "is that right": "is that correct",
    "is this right": "is this correct",
    "is it right": "is it correct",
    "that's right": "that's correct",
    "thats right": "thats correct",
    "am i right": "am i correct",
    "figure right": "figure correct",
    "number right": "number correct",
    # A business page's shorthand (Geely contrib to industrial VA growth, pp; relief
    # funds approx. 1.1bn; # firms w/ output >= 100m): the words it shortens.
    "approx": "approximately",
    "est": "estimated",
    "contrib": "contribution",
    "contribs": "contributions",
    "va": "value added",
    "pp": "percentage points",
    "dev": "development",
    "devt": "development",
    "dz": "zone",  # (as development zone reads: phrases are read longest first, once)
    "mgmt": "management",
    "mgt": "management",
    "govt": "government",
    "mfg": "manufacturing",
    "infra": "infrastructure",
    "avg": "average",
    "qty": "quantity",
    # (an analyst's field names: refund amt, firms cnt, output val, no. of firms)
    "amt": "amount",
    "amts": "amounts",
    "cnt": "count",
    "val": "value",
    "vals": "values",
    "num": "number",
    "tot": "total",
    "ents": "enterprises",
    "yr": "year",
    "yrs": "years",
    "y/y": "yoy",
    "y-o-y": "yoy",  # (with its hyphens, as business pages write it)
    "y.o.y.": "yoy",
    "y.o.y": "yoy",
    "w/o": "without",
    "w/": "with ",
    "#": "number of",
    "how many points": "how many percentage points",  # a pull or a gap, in points
    "how many point": "how many percentage points",  # as a learner writes it
    # The lowest wage allowed by law: a wage, no least of anything.
    "minimum wage": "statutory wage",
    "minimum wages": "statutory wages",
    # A short adjective compared with more or most, as a learner writes it (grow more fast
    # than GDP): its -er and -est. Of a pace always; of a size only before than, as more
    # high-tech firms and more small firms are more firms.
    **{
        f"{degree} {word}": form
        for word, er, est in (
            ("fast", "faster", "fastest"),
            ("quick", "quicker", "quickest"),
            ("slow", "slower", "slowest"),
        )
        for degree, form in (("more", er), ("most", est))
    },
    **{
        f"more {word} than": f"{er} than"
        for word, er in (
            ("big", "bigger"),
            ("high", "higher"),
            ("large", "larger"),
            ("low", "lower"),
            ("small", "smaller"),
            ("few", "fewer"),
        )
    },
    # The currency by any of its names is the yuan the report's figures are in.
    "rmb": "yuan",
    "cny": "yuan",
    "renminbi": "yuan",
    # The capital of a place (the capital of Shanxi) is its seat, a city: no capital
    # invested (the state capital company, a registered capital).
    "capital of shanxi": "省会",
    "capital of the province": "省会",
    "provincial capital": "省会",
    "capital city": "省会",
    "capital of china": "首都",
    # The whole zone (全区): the zone's total, not any one firm's (whole and entire alone
    # say nothing: the whole year; zone-wide is also the zone-wide appraisal's word).
    "whole zone": "zone total",
    "entire zone": "zone total",
    "whole of the zone": "zone total",
    "zone as a whole": "zone total",
    # Is it the case that …: the statement after it is asked (case is no word of it);
    # so is it correct, right or accurate that, as is it true that.
    "the case that": "",
    "correct that": "true that",
    "correct to say that": "true that",
    "accurate that": "true that",
    "it right that": "it true that",
    # One of China's top 500, one of the firms: among them (one counts nothing here).
    "one of": "",
    # By what percentage did it grow: how much, a rate (what percentage of is a share).
    "by what percentage": "by how much",
    "by what percent": "by how much",
    "by how many percent": "by how much",
    # One place, one word: Shanxi province is the province (two words would count it
    # twice); Shanxi provincial keeps its level.
    "shanxi province": "shanxi",
    "province of shanxi": "shanxi",
    "shanxi provincial": "provincial",
    # The zone's name (Jinzhong Development Zone) is the zone; development alone is a word
    # asked about (industry development funds, SME development).
    "development zones": "zones",
    "development zone": "zone",
    "development-zone": "zone",
    "dev zones": "zones",  # as a headline shortens it
    "dev zone": "zone",
    "handed over": "delivered",
    "hand over": "deliver",
    # The report's terms word for word, as a learner writes them: 超额完成 (over complete),
    # 考核 (assess), 技改 (technology reform), 投产 (start production), 承诺制 (promise
    # system), 全代办 (full agent).
    "over complete": "exceeded",
    "over completed": "exceeded",
    "over-complete": "exceeded",
    "over-completed": "exceeded",
    "overcomplete": "exceeded",
    "overcompleted": "exceeded",
    "assess index": "assessment indicators",
    "assess indicator": "assessment indicators",
    "assess indicators": "assessment indicators",
    "technology reform": "technical renovation",
    "technical reform": "technical renovation",
    "tech reform": "technical renovation",
    "start production": "put into production",
    "start producing": "put into production",
    # Production begun, however said (started production, went into operation, came on
    # stream, commenced operations): put into production, the report's 投产.
    **{
        f"{verb} {what}": "put into production"
        for verb in (
            "started",
            "starts",
            "starting",
            "began",
            "begun",
            "begin",
            "begins",
            "commenced",
            "commence",
            "commences",
        )
        for what in ("production", "operation", "operations", "producing", "operating")
    },
    **{
        f"{verb} {what}": "put into production"
        for verb in (
            "went into",
            "go into",
            "goes into",
            "gone into",
            "came into",
            "come into",
            "entered",
            "enter",
            "moved into",
        )
        for what in ("production", "operation", "operations")
    },
    # The economy's headline growth (headline growth rate, headline GDP): GDP growth, the
    # figure a year's review leads with.
    "headline growth": "gdp growth",
    "headline gdp growth": "gdp growth",
    # To tide firms over (a hard time): to help them through hard times, the relief.
    **{
        f"tide {firms} over": "help enterprises through hard times"
        for firms in ("firms", "companies", "businesses", "enterprises", "them", "industry")
    },
    # A hard time however said (the difficult period, tough times): the report's 难关.
    **{
        f"{hard} {time}": "hard times"
        for hard in ("difficult", "tough", "rough", "hard")
        for time in ("period", "time", "times", "patch")
        if f"{hard} {time}" != "hard times"
    },
    "came on stream": "put into production",
    "come on stream": "put into production",
    "promise system": "commitment system",
    "full agent": "full agency",
    # Who a delivery went to (delivered to buyers): its customers, as every delivery's.
    "to buyers": "to customers",
    "to the buyers": "to customers",
    "to users": "to customers",
    "to owners": "to customers",
    "to clients": "to customers",
    "to the customers": "to customers",
    "handed back": "refunded",
    "hand back": "refund",
    "given back": "refunded",
    "give back": "refund",
    "gave back": "refunded",
    "paid back": "refunded",
    "moved to other posts": "rotated",
    "moved to different jobs": "rotated",
    "moved to other jobs": "rotated",
    "moved between posts": "rotated",
    "job rotation": "rotation",
    # Every firm, as the whole zone is (the Chinese 所有企业 is the report's 全区).
    "all firms included": "zone",
    "all enterprises included": "zone",
    "all companies included": "zone",
    "including all firms": "zone",
    "the park": "the zone",
    "industrial park": "zone",  # as 园区 is the zone
    # Getting through a downturn is the report's through hard times (渡过难关).
    "ride out": "through",
    "get through": "through",
    "downturn": "hard times",
    # Getting back to a level, however said: the report's back above.
    "climb back": "back",
    "climbed back": "back",
    "bounce back": "back",
    "bounced back": "back",
    "come back": "back",
    "came back": "back",
    "got back": "back",
    "shifted sideways": "rotated",  # a sideways move, however made, is a rotation
    "moved sideways": "rotated",
    "transferred sideways": "rotated",
    "lateral moves": "rotations",
    "lateral transfers": "rotations",
    "social housing": "affordable housing",
    "public housing": "affordable housing",
    "set up": "established",
    "rolled off": "roll off",
    "came off": "roll off",
    "came off the line": "roll off the line",
    "off the production line": "off the line",
    "off the assembly line": "off the line",
    # What a figure's output is worth is its output value; a firm over a threshold (a
    # 100-million-plus firm) is over it.
    "output worth": "output value",
    # Firms worth over 100 million yuan: firms whose output is over it (a refund worth at
    # least 1 billion is that refund).
    **{
        f"{firms} worth {bound}": f"{firms} with output {bound}"
        for firms in ("firms", "companies", "enterprises", "businesses")
        for bound in ("over", "more than", "above", "at least")
    },
    "production worth": "output value",
    "million-plus": "million over",
    "billion-plus": "billion over",
    # Where things are heading, in the years to come: the report's outlook.
    "coming years": "future",
    "years ahead": "future",
    "heading": "going forward",
    "heavy-duty": "heavy",  # a heavy-duty truck is a heavy truck (重卡), as a big rig is
    "big rigs": "heavy trucks",
    "big rig": "heavy truck",
    "lorries": "trucks",
    "lorry": "truck",
    # A heavy truck, as American English calls one (methanol rigs).
    "rigs": "trucks",
    "rig": "truck",
    # Money handed out or given to businesses: the funds paid (拨付).
    "handed out": "paid",
    "hand out": "paid",
    "hands out": "paid",
    "doled out": "paid",
    # A heavy goods vehicle (British): a heavy truck.
    "hgvs": "heavy trucks",
    "hgv": "heavy truck",
    # In stages: phased (staggered construction permits).
    "in stages": "phased",
    "stage by stage": "phased",
    "stage-by-stage": "phased",
    "staggered": "phased",
    # How bad, how severe: how much, of whatever went wrong.
    "how bad": "how much",
    "how severe": "how much",
    "how serious": "how much",
    "heavy duty": "heavy",
    # All at once (one batch, in one go): how it was done, not a thing asked about.
    "in one batch": " ",
    "in a single batch": " ",
    "in one go": " ",
    "all at once": " ",
    "in bulk": " ",
    "en masse": " ",
    "in one lot": " ",
    "aim to": "goal",
    "aims to": "goal",
    # What a thing is supposed to achieve: its goal (not supposed to do, which may be
    # anything done).
    "supposed to achieve": "goal",
    "meant to achieve": "goal",
    "pilot area": "demonstration zone",
    "pilot zone": "demonstration zone",
    "niche champion": "little giant",
    "niche champions": "little giants",
    "hidden champion": "little giant",
    "hidden champions": "little giants",
    # Shorthand of financial pages and notes: hi-tech, no. of, cos.
    "hi-tech": "high-tech",
    "hi tech": "high-tech",
    "hitech": "high-tech",
    "no. of": "number of",
    # The total number of firms: how many there are, no total of anything named so.
    "total number of": "number of",
    "total value of": "value of",  # the value of: see VALUE_ONLY
    # A share of total output: of the zone's output, the whole a share is of (the report's
    # 占全区的, the zone's total), no sum asked.
    "of total output": "of zone output",
    "of the total output": "of zone output",
    "of all output": "of zone output",
    "overall number of": "number of",
    "nos. of": "number of",
    "cos.": "companies",
    "cos": "companies",
    # One of those trucks, each of the funds: the thing itself, one of it.
    "one of those": "",
    "one of these": "",
    "one of the": "",
    "each of those": "",
    "each of the": "",
    # The unit an answer is asked in (GDP in billion yuan): no word of what is asked.
    "in billions of yuan": "",
    "in billion yuan": "",
    "in million yuan": "",
    "in millions of yuan": "",
    "in 100 million yuan": "",
    "in yuan terms": "",
    "in rmb terms": "",
    "in money terms": "",
    "in value terms": "",
    "in yuan": "",
    "in rmb": "",
    # the currency first, then its scale (in RMB bn, in yuan billions)
    "in rmb bn": "",
    "in rmb billions": "",
    "in rmb billion": "",
    "in yuan bn": "",
    "in yuan billions": "",
    # Expressed in billions, converted to yuan: how the answer is written, not what it is.
    "expressed": "",
    "converted": "",
    "high and new technology": "high-tech",
    "high and new tech": "high-tech",
    "big firms": "large enterprises",
    "big companies": "large enterprises",
    "large firms": "large enterprises",
    "cleared up": "defused",
    "taken over": "delegated",
    "account for": "share",
    "accounts for": "share",
    "accounted for": "share",
    # Make up half of total output: constitute, a share (not make, produce).
    "make up": "share",
    "makes up": "share",
    "made up": "share",
    "making up": "share",
    # No more than, no fewer than: the bound, the number itself included (read before
    # more than, less than: longest first).
    "no more than": "at most",
    "not more than": "at most",
    "no greater than": "at most",
    "no less than": "at least",
    "not less than": "at least",
    "no fewer than": "at least",
    "not fewer than": "at least",
    # Much more, far fewer: beyond a fifth of it, as far above reads (question._EN_RELATIONS).
    **{
        f"{much} {more} than": f"far {'above' if more in _MORE_WORDS else 'below'}"
        for much in (
            "much",
            "far",
            "a lot",
            "lots",
            "many",
            "way",
            "well",
            "considerably",
            "significantly",
            "substantially",
            "vastly",
        )
        for more in (*_MORE_WORDS, "less", "fewer", "lower", "smaller")
    },
    "more than": "over",
    "greater than": "over",
    "in excess of": "over",
    "take over": "delegated",
    "took over": "delegated",
    "handed down": "delegated",
    "find workers": "hiring",
    "finding workers": "hiring",
    "hire workers": "hiring",
    "hiring workers": "hiring",
    "recruit workers": "hiring",
    "running again": "resumption",
    "going again": "resumption",  # get production going again
    "back to work": "resumption",
    "up and running": "resumption",
    # Handed to the zone: powers devolved (handed to firms is money paid, or trucks).
    "handed to the zone": "devolved to the zone",
    "handed over to the zone": "devolved to the zone",
    "handed over to the development zone": "devolved to the development zone",
    "handed to": "paid to",  # money handed to companies: paid to them
    # Land sales are the report's land transfer (土地出让), not a firm's sales.
    "land sales": "land transfer",
    "land sale": "land transfer",
    # The worst place in a ranking is the last one (ranked last, the report's 垫底).
    "worst ranking": "ranked last",
    "worst showing": "ranked last",
    "worst result": "ranked last",
    "worst place": "ranked last",
    "lowest ranking": "ranked last",
    "rank worst": "rank last",
    "ranked worst": "ranked last",
    # Led or topped the city (in tax refunds): first in it. (Not the province: 领跑全省,
    # leads the province, is the report's own word for a new track, no rank.)
    **{
        f"{verb} the city": f"{ranked} first in the city"
        for verb, ranked in (
            ("led", "ranked"),
            ("lead", "rank"),
            ("leads", "ranks"),
            ("topped", "ranked"),
            ("top", "rank"),
            ("tops", "ranks"),
        )
    },
    # The government paying (the government gave firms money, the government subsidies) is
    # the zone's administration, whose report it is: the paying, as 政府给 reads. (Not the
    # national or municipal government: "the" before it.)
    **{
        f"the government {word}": word
        for word in (
            "gave give gives given paid pay pays money subsidies subsidy subsidized "
            "subsidised subsidize subsidise grants grant funding handouts aid"
        ).split()
    },
    # GDP said nominal or annual: the year's GDP, the only one the report gives.
    "nominal gdp": "gdp",
    "annual gdp": "gdp",
    "hand down": "delegated",
    "passed down": "delegated",
    "pass down": "delegated",
    "passed on": "delegated",
    "dealt with": "defused",
    # The government paying (government subsidies, state aid): the zone's administration,
    # whose report it is, as 政府补贴 is read (the money is what is asked).
    **{
        f"{giver} {money}": money
        for giver in ("government", "state", "public", "official", "govt")
        for money in (
            "subsidies",
            "subsidy",
            "support",
            "funding",
            "funds",
            "grants",
            "grant",
            "aid",
            "handouts",
            "money",
        )
    },
    # Not the state's (non-state firms, non-state-owned): private, the report's 非公.
    "non-state-owned": "private",
    "non-state": "private",
    "non state": "private",
    "non-state firms": "private firms",
    "non-state companies": "private companies",
    "non-state enterprises": "private enterprises",
    "non state firms": "private firms",
    "state firms": "state-owned enterprises",
    "state firm": "state-owned enterprise",
    "state companies": "state-owned enterprises",
    "state company": "state-owned enterprise",
    "state-run": "state-owned",
    "moved up": "promoted",
    # Red tape: approvals (审批), which the reform section speaks of; cutting it is what
    # that reform does, no word of its own.
    "cutting red tape": "approvals",
    "cut red tape": "approvals",
    "red tape cut": "approvals",
    "red tape": "approvals",
    # Second in command: a deputy (副处, deputy division head).
    "second-in-command": "deputy",
    "second in command": "deputy",
    "bumped up a rank": "promoted",
    "came bottom": "ranked last",
    "dead last": "last",
    "stone last": "last",
    # Came top: first in a ranking.
    "came top": "ranked first",
    "come top": "ranked first",
    "came out top": "ranked first",
    "came out on top": "ranked first",
    "come bottom": "ranked last",
    "came last": "ranked last",
    "come last": "ranked last",
    "team up with": "cooperation agreement with",
    "teamed up with": "cooperation agreement with",
    "bumped up": "promoted",
    "bumped": "promoted",
    "move up": "promoted",
    "turn out": "produce",
    "turned out": "produced",
    "civil servants": "cadres",
    "civil servant": "cadre",
    # The zone's own people, however an outsider says it: the report's cadres.
    "government staff": "cadres",
    "government employees": "cadres",
    "government workers": "cadres",
    "public servants": "cadres",
    "government officials": "officials",
    # Personnel: the zone's people, as the report's cadres are.
    "personnel": "cadres",
    "staff shortages": "hiring",
    # The Party's big meeting, however an outsider says it: its 20th Congress.
    "party meeting": "party congress",
    "party conference": "party congress",
    "party gathering": "party congress",
    "labour shortages": "hiring",
    "labor shortages": "hiring",
    "worker shortages": "hiring",
    "different jobs": "other posts",
    "other jobs": "other posts",
    "small firms": "smes",
    "small businesses": "smes",
    "small companies": "smes",
    "small enterprises": "smes",
    "sme champions": "little giants",
    "sme champion": "little giant",
    "tie-up with": "joint venture with",
    "tie up with": "joint venture with",
    "tie-up": "joint venture",
    "vice-director": "deputy division",
    "vice director": "deputy division",
    "vice-division": "deputy division",
    "deputy director": "deputy division",
    "paperwork": "services",
}

EN_PHRASES = (
    "last year", "this year", "in 2022", "for 2022",
    "over the whole of", "over the whole year", "over the full year", "over the entire year",
    "over the year", "the whole year", "whole year", "full-year", "full year", "whole-year",
    "throughout",
    "worked out", "work out",  # how a figure comes about (can be worked out)
    # What a letter asks to be sent (details of the refunds, information on): the thing.
    "details of", "details on", "information on", "information about", "particulars of",
    # How often (on a regular basis: regularly, as the report's 定期 says it).
    "on a regular basis", "on a routine basis",
    # How much (both amounts of the support funds): the figures of what follows.
    "amounts of",
)  # fmt: skip

# --- concepts --------------------------------------------------------------------------------
#
# Everyday words and the report's words for the same thing. A query word that misses is
# tried again as the report's words, at SYNONYM_WEIGHT of the score. Chinese entries
# are matched inside longer words; English ones as whole (stemmed) words or phrases.

# Short forms that say exactly what the full words say (战新 is 战略性新兴): a claim made in
# them claims no more than the report's words, so they bear a claim out (answer.py), where
# the synonyms below, looser, only find facts.
ZH_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "战新": ("战略性新兴",),  # the common short form
    "规上": ("规模以上",),
    "高企": ("高新技术企业",),
}

ZH_SYNONYMS: dict[str, tuple[str, ...]] = {
    **ZH_SHORT_FORMS,
    "行业": ("产业",),
    "产业": ("行业",),
    "产业领域": ("产业", "行业"),  # the fields an alliance spans (覆盖了哪些产业领域)
    # Fell (经济掉得那么厉害, 掉下来): the report's 下滑, 回落; each the other's word (a fall
    # in the report's words is a hit, though how much it fell is never stated).
    "掉": ("下滑",),
    "负增长": ("下滑",),  # (指标负增长: they fell)
    "回落": ("下滑",),
    "下滑": ("回落",),
    # A firm's workers, as the report calls them (紧密联系职工).
    "工人": ("职工",),
    "工人们": ("职工",),
    # Taking care of both at once (兼顾, 两头兼顾): the report's 统筹 of two tasks.
    "兼顾": ("统筹",),
    # The blow a shock deals (疫情冲击, 受冲击): what the report says the outbreak did (影响).
    "冲击": ("影响",),
    # State-owned enterprises as Taiwan says them (公營事業), and building as Hong Kong
    # does (起樓): the report's 国有企业, 施工.
    "公营事业": ("国有企业",),
    "公营企业": ("国有企业",),
    "起楼": ("施工",),
    # Put together (组装, 装配): the TBM's final assembly, the report's 总装.
    "组装": ("总装",),
    "装配": ("总装",),
    # Formed together (合组, Hong Kong's word for setting up a joint venture): 成立.
    "合组": ("成立",),
    "公司": ("企业",),
    "企业": ("公司",),
    "厂": ("企业",),
    "工厂": ("企业",),
    "厂家": ("企业",),
    "厂商": ("企业",),
    "企业家": ("企业",),
    "增速": ("增长",),
    "增长": ("增速",),
    "增幅": ("增长", "增速"),
    "增长率": ("增长", "增速"),
    # Hiring, however said: the firms' labour needs (用工需求) the new bodies serve.
    "招工": ("用工",),
    "招人": ("用工",),
    "缺工": ("用工",),
    "用工荒": ("用工",),
    # Made to serve as (被选去做管委会主任助理, 出任): the report's 担任.
    "选去做": ("担任",),
    "选去当": ("担任",),
    "去做": ("担任",),
    "去当": ("担任",),
    "出任": ("担任",),
    # The lockdown, however said: the report's tightened controls (管控升级).
    "封控": ("管控",),
    "封城": ("管控",),
    "静默": ("管控",),
    # Taiwan and Hong Kong wording for the same concepts (after Traditional is folded).
    "成长": ("增长",),
    "附加价值": ("增加值",),  # value added
    "建照": ("施工许可",),  # a building permit (建造執照)
    "核发": ("许可",),  # permits issued
    "成长率": ("增速", "增长"),
    "年增": ("增长",),
    "年增率": ("增速", "增长"),
    "拉抬": ("拉动",),
    "业者": ("企业",),
    "全数": ("全部",),
    "超标": ("超额",),
    "达成": ("完成",),
    "逾亿": ("过亿",),
    "破亿": ("过亿",),  # broke through a hundred million: above it (营收破亿的厂商)
    "比率": ("占比", "比重"),
    "创科": ("高新技术", "科技"),  # Hong Kong: innovation and technology (創科企業)
    "位置": ("排名", "岗位"),  # where the zone stands (its ranking); a post (领导位置)
    "排在": ("排名",),  # 排在全市第一: ranked first in the city
    "靠前": ("前列",),  # near the top: among the leaders
    "数一数二": ("前列", "第一"),  # first or second: at the top
    "名列前茅": ("前列",),
    "排到": ("排名",),
    "排位": ("排名",),  # Hong Kong's standing (排位點樣)
    "位居": ("排名",),  # 位居全市第一: ranks first in the city, as an official writes it
    "位列": ("排名",),
    "位次": ("排名",),  # 处于什么位次: its place in a ranking
    "名次": ("排名",),
    "排第": ("排名",),  # 排第几 once 几 is read: a place in a ranking
    "选用": ("选拔", "任用"),  # choosing cadres: the report's 选拔任用
    "比例": ("占比", "比重"),
    "百分比": ("占比", "比例", "比重"),  # a share said as a percentage
    "占比": ("比重",),
    "比重": ("占比",),
    "汽车": ("整车", "车"),
    "车辆": ("整车", "汽车"),
    "轿车": ("整车", "汽车"),
    # A new car, new models (六月份下线的新车): vehicles, of which the report names the
    # first sedan and truck off the line.
    "新车": ("汽车", "轿车", "重卡"),
    "新车型": ("汽车", "轿车", "重卡"),
    "权力": ("赋权", "权"),
    "权限": ("赋权", "权"),
    "高出": ("高于",),  # 比GDP高出多少: the report's 高于GDP增速
    "快出": ("高于",),
    # Truly handed down, as the report's substantive devolution (实质性下放).
    "真正": ("实质性",),
    "实实在在": ("实质性",),
    "放给": ("下放",),
    "钱": ("资金",),
    "干部": ("处级",),
    "官员": ("干部",),
    "倒数第一": ("垫底",),
    "最后一名": ("垫底",),
    "建设": ("构建", "建"),
    "构建": ("建设",),
    "老板": ("企业家",),
    "货车": ("重卡",),
    "卡车": ("重卡",),
    "大卡车": ("重卡",),
    "部门": ("一部",),
    "模式": ("机制",),
    "奖": ("二等奖", "金奖"),  # an award, whatever its grade (拿了什么奖)
    "获奖": ("二等奖", "金奖"),
    "奖项": ("二等奖", "金奖"),
    # (颁奖单位, 颁奖机构: who gave an award, which the prizes' sentences say or leave out)
    "颁奖": ("二等奖", "金奖"),
    "颁奖单位": ("二等奖", "金奖"),
    "颁奖机构": ("二等奖", "金奖"),
    "金牌": ("金奖",),
    "比赛": ("大赛",),
    "竞赛": ("大赛",),
    "夺金": ("金奖",),
    "夺冠": ("金奖",),
    "网上": ("网络",),
    "民营": ("非公",),
    "私营": ("非公",),
    "民企": ("非公企业", "民营企业"),  # (short for 民营企业: private firms)
    "私企": ("非公企业", "民营企业"),
    # Support money, said of either support fund: both must come up, neither alone.
    "补贴": ("扶持资金",),
    "补助": ("扶持资金",),
    "补助金": ("扶持资金",),  # 紓困補助金: a grant, as 补助 is
    "政府补助": ("扶持资金",),
    "财政补贴": ("扶持资金",),
    "资助": ("扶持资金",),
    "奖补": ("扶持资金",),  # 奖补资金: rewards and subsidies, paid as support is
    "扶持": ("扶持资金",),
    "新能源车": ("新能源汽车",),
    "减税": ("退税",),
    "退税款": ("退税",),
    "返税": ("退税",),
    "税收返还": ("退税",),
    "厂子": ("企业",),
    "大厂": ("企业",),
    "合伙": ("合资",),
    # A venture's parties (合资方, 合资伙伴, 合资双方): those who set it up, the venture's.
    "合资方": ("合资",),
    "合资伙伴": ("合资",),
    "合资双方": ("合资",),
    # Working together with a firm (跟陕建合作): a joint venture is such work, as the
    # report's cooperation agreement is (合作 is its own word there).
    "合作": ("合资",),
    "证": ("许可",),  # 施工证 for 施工许可
    "许可证": ("许可",),
    # Factories halted by the pandemic.
    "停摆": ("停产", "停工"),
    "关停": ("停产", "停工"),
    "歇业": ("停业",),
    "停厂": ("停产",),
    "停止生产": ("停产",),
    # The size of the economy.
    "经济规模": ("经济总量",),
    "经济体量": ("经济总量",),
    "经济量": ("经济总量",),
    # Capacity expansion.
    "扩大产能": ("扩产",),
    "扩产能": ("扩产",),
    "产能扩张": ("扩产",),
    "扩能": ("扩产",),
    "扩厂": ("扩产",),  # expanding the plant (Taiwan: 擴廠)
    # Trained (受训, 受过培训): the training given.
    "受训": ("培训",),
    "受培训": ("培训",),
    "技术改造": ("技改",),
    "改造升级": ("技改",),
    # Cadre appointments.
    "任用": ("选用", "提拔"),
    "干部任用": ("选用", "提拔"),
    "任命": ("选用", "提拔"),
    "升职": ("提拔",),
    # Made up what was missing (手续没办齐, 不齐全): the report's 补办.
    "没办齐": ("补办",),
    "没办全": ("补办",),
    "不齐全": ("补办",),
    # A status obtained (拿到什么资格): approved or recognised as one.
    "资格": ("获批", "认定"),
    # Paying out and helping firms, as people say what the report calls 拨付 and 助企.
    "发钱": ("拨付", "资金"),
    "帮企业": ("助企",),
    "协助": ("助企", "帮助"),  # to assist: the report's 助企 (helping enterprises)
    "帮助": ("助企",),
    "帮助企业": ("助企",),
    # A figure worked out from others, as people say what the base calls inferred.
    "倒推": ("推算",),
    "算下来": ("推算",),
    "算出来": ("推算",),
    "估算": ("推算",),
    "推估": ("推算",),  # Taiwan: estimated (全區產值推估)
    "推出来": ("推算",),
    "提成": ("提拔", "选用"),  # 被提成主任助理: promoted to (no commission is paid here)
    "晋升": ("提拔",),
    # Taiwan and Hong Kong wording (after the characters are folded to Simplified).
    "潜盾机": ("盾构机",),  # Taiwan's shield machine, the mainland's 盾构机 (a TBM)
    "拔擢": ("提拔",),
    "擢升": ("提拔",),
    "调动": ("轮岗",),
    "调换": ("轮岗",),
    "换岗": ("轮岗",),
    "调岗": ("轮岗",),
    # Vehicles leaving the line, handed over, sold.
    "交车": ("交付",),
    "交了": ("交付",),  # 一口气交了多少: handed over, delivered
    "交到": ("交付",),
    "交给": ("交付",),
    "交货": ("交付",),
    "出厂": ("下线", "生产"),  # out of the factory: made (全年出厂多少辆)
    "首部": ("首台",),  # 部, a vehicle's measure word in Hong Kong and Taiwan (首部车)
    "生产出来": ("下线", "总装"),
    "下线": ("生产",),  # off the line: made (全年下线了多少辆)
    "量产": ("生产",),  # mass production, as Taiwan and the trade say it
    "产车": ("造车",),  # cars made (全年产车), as 造车 says it
    "研制": ("研发",),
    # A machine made is one assembled (总装) as much as a car off the line (下线).
    "造出": ("下线", "总装"),
    "造出来": ("产量", "下线", "总装"),
    # Sold, as people say of what the report calls delivered or output.
    "卖出": ("交付",),
    "卖了": ("交付",),
    # Driving growth, as people say of what the report calls pulling it (拉动).
    "带动": ("拉动",),
    "带来": ("拉动",),
    "推动": ("拉动",),
    # Targets set by the province, as people say of what the report calls indicators.
    "考核": ("指标",),
    "考核任务": ("指标",),
    # Better, as people say of what the report calls optimised or raised.
    "改善": ("优化", "提升"),
    "改进": ("优化", "提升"),
    "好转": ("回升", "优化"),
    "提高": ("提升",),
    "增强": ("提升",),  # capacity strengthened: raised
    "效果": ("目标",),  # 想达到什么效果: the effect sought, the goal
    "加强": ("提升",),
    # Firsts, as people say them.
    "头一台": ("首台",),
    "第一台": ("首台",),
    # First in the world, said as people say it: the report's 全球首台.
    "世界第一": ("全球首台",),
    "世界首台": ("全球首台",),
    "全球第一": ("全球首台",),
    "世界上第一": ("全球首台",),
    "头一个": ("首台", "首个"),
    "首次": ("首台", "首次"),
    "首度": ("首次",),
    "超越": ("超过",),
    "前段班": ("前列",),
    "最早": ("首台", "首次"),
    "最先": ("首台", "首次"),
    "甲醇车": ("甲醇重卡", "醇电混动", "甲醇汽车"),
    # Government shorthand the report does not use: 放管服 (delegating power, regulating,
    # serving) is its 赋权 and 下放. (Not 链长, an official, for the report's 链主, a firm;
    # nor 双招双引, which attracts talent too.)
    "放管服": ("赋权", "下放", "办事不出区"),
    # The size of the economy, in slang.
    "经济盘子": ("经济总量",),
    "盘子": ("经济总量",),
    # Borrowing and lending.
    "借款": ("借贷",),
    "贷款": ("借贷",),
    # The province, the city, the district, as people say "there".
    "省里": ("省",),
    "市里": ("市",),
    "区里": ("区",),
    # Firms with specialised niches.
    "隐形冠军": ("专精特新",),
    # Reform of permits and approvals.
    "审批": ("许可", "审批权"),
    "放权": ("赋权", "下放"),
    "放下来": ("下放",),  # 省里放下来的权
    "挹注": ("拨付",),  # Taiwan: funds injected (资金挹注)
    # COVID-19, as people name it: the report says 疫情 (the epidemic).
    "新冠": ("疫情",),
    "新冠肺炎": ("疫情",),
    # The province: the report says 全省 where people say Shanxi.
    "山西": ("全省",),
    "山西省": ("全省",),
    # Ahead of others, as people say of what the report calls leading or in the front rank.
    "领先": ("领跑", "前列"),
    # Last place, in slang.
    "吊车尾": ("垫底",),
    # Firms above 100 million yuan, as people say it.
    "上亿": ("亿元以上",),
    "过亿": ("亿元以上",),
    # Speed of growth, as people say of what the report calls its rate.
    "速度": ("增速",),
    "增长速度": ("增速",),
    "发展速度": ("增速",),
    # Measures taken, as people say of what the report calls 举措 or 多措并举.
    "措施": ("举措", "多措"),
    "办法": ("举措",),
    # Propping up the economy, as people say of what the report calls 支撑.
    "撑起": ("支撑",),
    "大企业": ("骨干企业", "龙头企业"),  # the big firms: the report's backbone firms
    "大户": ("企业",),  # 过亿的大户: the big firms, counted in 户
    "真金白银": ("资金",),  # hard cash: the funds paid
    "回稳": ("企稳", "回升"),  # 让经济回稳: the report's 企稳回升
    "稳住": ("稳", "企稳"),  # 稳住经济: steadied, the report's 企稳
    "甩开": ("高于",),  # 把经济增速甩开了多少: how far above GDP growth
    "拉开": ("高于",),
    "片区": ("区域",),  # 整个片区统一做评估: the report's 区域评估
    "助手": ("助理",),
    "补齐": ("补办",),  # 缺的证帮忙补齐: the permits made up for, the report's 补办
    "补全": ("补办",),
    "补上": ("补办",),
    "产出": ("产值",),  # what it turned out, in money: its output value
    "撑住": ("支撑",),
    "托底": ("支撑",),
    # What firms gave the economy's growth (骨干企业对经济增长的贡献): the report's 拉动
    # in points, or its 支撑 in words.
    "贡献": ("拉动", "支撑"),
    # Alliances and officials, in everyday words.
    "同盟": ("联盟",),
    "公务员": ("干部",),
    "升任": ("提拔",),
    # Became (新当上正处的: newly made division head; 当上主任助理: made to serve as).
    "当上": ("提拔", "担任"),
    "提溜": ("提拔",),  # northern speech: lifted up, 提溜了几个副处
    # The county rank is the division rank (正县级 = 正处级) in a cadre's grade.
    "正县级": ("正处",),
    "副县级": ("副处",),
    "县处级": ("处级",),
    "提上来": ("提拔", "提升"),  # cadres promoted, returns raised (效益提上来)
    "提上去": ("提拔",),
    "提质增效": ("效益提升", "效率"),  # the official phrase for better SOE returns
    # Taiwan: social housing is the report's 保障房; 营运 its 运营.
    "社会住宅": ("保障房",),
    "营运": ("运营",),
    # Getting through hard times, as people say the report's 渡过难关.
    "挺过去": ("渡过难关",),
    "扛过去": ("渡过难关",),
    "扛过难关": ("渡过难关",),
    "挺过难关": ("渡过难关",),
    "熬过去": ("渡过难关",),
    "熬过难关": ("渡过难关",),
    "纾困": ("渡过难关",),  # relief for firms in distress (紓困, also the mainland's word)
    # The head of an office, in everyday words: its 主任.
    "一把手": ("主任",),
    "水准": ("水平",),  # Taiwan: 疫情前水準, the level before the pandemic
    "升到": ("提拔",),
    "升至": ("提拔",),
    "轮调": ("轮岗",),
    "轮换": ("轮岗",),
    "升为": ("提拔",),
    # Firsts and trucks, in everyday words.
    "头一辆": ("首台",),
    "大货车": ("重卡",),
    "重型卡车": ("重卡",),
    # Set up, in either word.
    "成立": ("建立",),
    "组建": ("建立", "成立"),
    "本地生产总值": ("地区生产总值",),  # Hong Kong's GDP
    "国内生产毛额": ("地区生产总值",),  # Taiwan's GDP (生产毛额: 地区生产毛额)
    "下放权限": ("赋权",),
    "份额": ("比重",),
    "惠企资金": ("扶持资金",),
    "惠企": ("扶持",),
    "下放": ("赋权",),
    "生产毛额": ("生产总值",),
    "省里市里": ("省市",),
    "接过来": ("承接",),
    "接过": ("承接",),
    "第一辆": ("首台", "首辆"),
    "第一次": ("首次",),
    "头一回": ("首次",),
    "头一次": ("首次",),
    "世界上": ("全球",),
    "车型": ("轿车", "重卡", "整车"),
    "世界": ("全球",),
    "熬过": ("渡过",),
    "挺过": ("渡过",),
    "发给": ("拨付",),
    "拨给": ("拨付",),  # allocated to: the report's 拨付 (the refund is 退, not 拨)
    "发放": ("拨付",),
    "得": ("获",),  # 得金奖: won gold, as the report's 获金奖
    "获得": ("荣获", "获"),  # won, obtained: the report says 荣获 and 获
    # Awarded (谁颁的奖, 颁给了谁): the prize given, which the report says was won (获).
    # A grade of prize the report never gives (拿的是银奖吧): a guess at the prize won.
    "银奖": ("奖",),
    "铜奖": ("奖",),
    "银牌": ("奖",),
    "铜牌": ("奖",),
    "特等奖": ("奖",),
    "优秀奖": ("奖",),
    "颁": ("获",),
    # Seized the chance (抓住了机会): the report's 抢抓…机遇.
    "抓住": ("抢抓",),
    "机会": ("机遇",),
    "颁发": ("获",),
    "颁给": ("获",),
    "拨款": ("拨付", "资金"),
    "补助款": ("扶持资金",),  # a grant's money: 补助 said with 款 (funds)
    "补贴款": ("扶持资金",),
    # Projects brought in (招来的项目, 招进来): the report's 引进.
    "招来": ("引进",),
    "招进来": ("引进",),
    "设立": ("建立", "成立"),
    "建立": ("成立",),
    # Recognised by the state, the province or the city: the report says which level.
    "国家认定": ("国家级",),
    "省认定": ("省级",),
    "市认定": ("市级",),
    # Small firms: the report says 中小企业 (SMEs).
    "小企业": ("中小企业",),
    "小微企业": ("中小企业",),
    "中小型企业": ("中小企业",),
    "中小企": ("中小企业",),
    # Upgrading plant and equipment, as people say of what the report calls 技改.
    "设备更新": ("技改",),
    "升级改造": ("技改",),
    "技术升级": ("技改",),
    "扩建": ("扩产",),
    # Machines and prizes, in everyday words.
    "机器": ("机械", "设备"),
    "得奖": ("二等奖", "金奖"),
    "拿奖": ("二等奖", "金奖"),
    "科研": ("研发",),
    # State-run, as people say of what the report calls state-owned (国有, 国企).
    "国营": ("国有",),
    "国营企业": ("国有企业",),
    "国营公司": ("国有企业",),
    # Better, and dealt with, in everyday words.
    "变好": ("提升", "优化"),
    "更优": ("优化",),
    "更合理": ("优化",),
    # Near the front (排前头) is among the leaders (前列); a national badge (国字号) is
    # the national level; the 100-million club is the firms above 100 million.
    "前头": ("前列",),
    "前面": ("前列",),  # 排前面: near the front, as 前头
    "国字号": ("国家级",),
    "亿元俱乐部": ("亿元以上",),
    "处理": ("化解",),
    "解决": ("化解",),
    # Welfare, as people say of what the report calls 保障 (保障房: affordable housing).
    "社会福利": ("保障",),
}
EN_SYNONYMS: dict[str, tuple[str, ...]] = {
    # What the outbreak did, however said (covid impact, pandemic disruption): the report
    # says the firms were affected and halted.
    "impact": ("affected",),
    "impacted": ("affected",),
    "disruption": ("affected", "halted"),
    "disrupted": ("affected", "halted"),
    # Idle plants (idled by the pandemic): halted, as the report says of them.
    "idled": ("halted",),
    "offline": ("halted",),  # firms knocked offline: stopped working
    # A vehicle's rollout: the first one rolling off the line.
    "rollout": ("roll",),
    "rollouts": ("roll",),
    "silver": ("prize",),  # a silver medal: a guess at the prize won
    "bronze": ("prize",),
    # Firms in trouble helped, as the report says it (纾困解难: relief, their difficulties).
    "struggling": ("relief", "difficulties"),
    # A sharp fall of the economy, however said: the report's slump (April 2022).
    "crash": ("slump",),
    "crashed": ("slump",),
    "tanked": ("slump",),
    "plunged": ("slump",),
    "nosedived": ("slump",),
    "tank": ("slump",),
    # Powers handed down, however said; the province's and the city's (provincial, city-
    # level, municipal); a firm's (corporate); recognised as (named); what is planned.
    "delegated": ("devolved",),
    "devolved": ("delegated",),
    "provincial": ("province",),
    "municipal": ("city",),
    "corporate": ("enterprise",),
    "named": ("recognised", "recognized"),
    "intend": ("plans",),
    "intends": ("plans",),
    "smart": ("intelligent",),
    "extra-long": ("ultra-long",),
    "ink": ("sign",),
    "inked": ("signed",),
    "yardstick": ("indicator",),
    "scorecard": ("assessment", "indicators"),
    "yardsticks": ("indicators",),
    "overshoot": ("exceed",),
    "overshot": ("exceeded",),
    "overachieved": ("exceeded",),  # targets beaten
    "overachieve": ("exceed",),
    "overfulfilled": ("exceeded",),
    "overfulfil": ("exceed",),  # British, as overfulfill
    "overfulfill": ("exceed",),
    # Word for word from the report's Chinese, as a learner writes it: an index (指标).
    "index": ("indicator",),
    "indexes": ("indicators",),
    "indices": ("indicators",),
    "outperformed": ("exceeded",),
    "permission": ("approval",),  # planning permission: planning approval
    # A fund or a body launched is one set up; a vehicle launched, one rolled off the line.
    "launched": ("set up", "roll"),
    "won": ("award", "prize"),  # what won something won an award or a prize
    "win": ("award", "prize"),
    "wins": ("award", "prize"),
    "launch": ("set up", "roll"),
    "boom": ("explosive",),  # a demand boom: the explosive growth in demand the report says
    "booming": ("explosive",),
    "hit": ("affected",),  # the lockdown hit: the firms affected
    "permissions": ("approval",),
    "assembling": ("assembled", "produce", "production"),
    "assemble": ("assembled", "produce", "production"),
    "company": ("enterprise", "firm"),
    "firm": ("enterprise", "company"),
    "enterprise": ("firm", "company"),
    "sector": ("industry",),
    "above": ("over",),
    "over": ("above",),
    "industry": ("sector",),
    "industrial": ("industry",),  # of industry: industrial support is industry support
    "business": ("enterprise", "firm"),
    "manufacturer": ("enterprise", "firm"),
    "plant": ("enterprise",),
    "producer": ("enterprise",),
    "official": ("cadre",),
    "person": ("people", "cadre"),  # one person promoted: a cadre, one of the people counted
    "money": ("fund", "funding"),
    "cash": ("fund", "funding"),  # cash handed to firms: the money paid them
    "car": ("vehicle",),
    "truck": ("vehicle",),  # (methanol cars and trucks: the methanol vehicles)
    "auto": ("vehicle",),
    "automotive": ("vehicle",),
    # Industries as people name them (a pharma alliance, commerce): the report's words.
    "pharma": ("pharmaceutical",),
    "medicine": ("pharmaceutical",),
    "commerce": ("trade",),
    "shipping": ("logistics",),
    "freight": ("logistics",),
    "lorry": ("truck",),
    "factory": ("enterprise", "plant"),
    "subsidy": ("support fund",),
    "subsidize": ("support fund",),
    "grant": ("support fund",),
    "handout": ("support fund",),
    "aid": ("support fund",),
    "support": ("support fund",),
    "financial": ("fund",),
    "percentage": ("share",),
    "percent": ("share",),
    "proportion": ("share",),
    "slice": ("share",),  # what slice of output: a share of it
    "fraction": ("share",),
    "portion": ("share",),
    "close": ("shutdown", "halt"),
    "closed": ("shutdown", "halt"),
    "shut": ("shutdown", "halt"),
    "stop": ("shutdown", "halt"),
    "idle": ("shutdown", "halt"),
    "covid": ("pandemic", "covid-19"),
    "coronavirus": ("pandemic", "covid-19"),
    "epidemic": ("pandemic",),
    "economy": ("economic",),
    # Coped with, tackled (how did the zone cope with COVID): its response.
    "cope": ("response",),
    "coped": ("response",),
    "tackle": ("response",),
    "tackled": ("response",),
    "size": ("economic", "economy"),
    "hand": ("deliver",),
    "handed": ("deliver",),
    "ship": ("deliver",),
    "shipped": ("deliver",),
    "expand": ("expansion", "growth"),
    "expanded": ("expansion", "growth"),
    "step": ("measure",),
    "coalition": ("alliance",),
    "network": ("alliance",),  # party networks of firms: the party-building alliances
    "communist": ("party",),  # the Communist Party (CPC): the report's 党
    "cpc": ("party",),
    "ccp": ("party",),
    "beijing": ("national",),  # recognised by Beijing: at the national level
    "choose": ("select",),
    "chose": ("select",),
    "chosen": ("select",),
    "pick": ("select",),
    "picked": ("select",),
    "lift": ("contribution", "pull"),
    "lifted": ("contribution", "pull"),
    "certified": ("approved", "recognised"),
    "certify": ("approve", "recognise"),
    "accredited": ("approved", "recognised"),
    "granted": ("approved",),  # (SMEs granted SRDI status: approved as such)
    # Offered, as the report's alliances provide a platform (为…提供平台)
    "offer": ("provid",),
    "offers": ("provid",),
    "offered": ("provid",),
    "offering": ("provid",),
    "city": ("municipal",),
    "better": ("improv",),
    "optimise": ("improv",),  # 优化, as the British and the Americans spell it
    "optimised": ("improv",),
    "optimize": ("improv",),
    "optimized": ("improv",),
    "optimisation": ("improv",),
    "optimization": ("improv",),
    "link": ("chain",),  # 链 is a chain or a link (链主, the chain's leader)
    "links": ("chain",),
    "capacity": ("expansion",),
    "upgrade": ("renovation", "upgrade"),
    "appoint": ("appointment", "promot"),
    "appointment": ("promot", "assistant"),
    # Electric vehicles, as a headline shortens them: the report's new-energy vehicles
    # (NEV, as the industry writes it).
    "ev": ("new energy",),
    "evs": ("new energy",),
    "nev": ("new energy",),
    "nevs": ("new energy",),
    # Learning the congress's lessons: the report's study.
    "learn": ("study",),
    "learning": ("study",),
    "learned": ("study",),
    "learnt": ("study",),
    # Training programmes, courses, classes: the report's training.
    "programmes": ("course",),
    "programme": ("course",),
    "programs": ("course",),
    "program": ("course",),
    # Hiring, however said: the new service bodies meet firms' labour needs (用工需求).
    "hire": ("hiring",),
    "recruit": ("hiring",),
    "recruiting": ("hiring",),
    "recruitment": ("hiring",),
    "recruited": ("hiring",),
    "staffing": ("hiring",),
    "labour": ("hiring",),
    "labor": ("hiring",),
    "manpower": ("hiring",),
    # Work started again after the April shutdown: the report's resumption of production.
    "restart": ("resumption",),
    "restarting": ("resumption",),
    "restarted": ("resumption",),
    "reopen": ("resumption",),
    "reopening": ("resumption",),
    "reopened": ("resumption",),
    "resume": ("resumption",),
    "resuming": ("resumption",),
    "resumed": ("resumption",),
    "rebate": ("refund",),
    "grew": ("growth",),
    "grow": ("growth",),
    "growing": ("growth",),
    # Made, however said: a thing made rolls off the line (the sedan, the truck).
    "built": ("produce", "production", "roll off"),
    "build": ("produce", "production"),
    "manufacture": ("produce", "production"),
    "produced": ("production", "roll off"),
    "manufactured": ("produce", "production", "roll off"),
    "made": ("produce", "production", "roll off"),
    "sold": ("deliver",),
    "boost": ("contribution", "pull"),
    "contributor": ("contribution", "pull"),
    "contributors": ("contribution", "pull"),
    "boosted": ("contribution", "pull"),
    "push": ("contribution", "pull"),
    "pushed": ("contribution", "pull"),
    "drove": ("contribution", "pull"),
    "driver": ("contribution", "pull"),  # the growth driver: who pulled growth most
    "drivers": ("contribution", "pull"),
    "outbreak": ("pandemic",),
    "lockdown": ("pandemic", "shutdown"),  # the April 2022 outbreak and what it stopped
    "lockdowns": ("pandemic", "shutdown"),
    "pay": ("paid",),
    "pays": ("paid",),
    "paying": ("paid",),
    "payment": ("paid",),
    "payments": ("paid",),
    # Two rounds of support funds, tranches: sums paid out (one round of funding, asked
    # of which was bigger, would rank the refund with them).
    "rounds": ("paid",),
    "tranches": ("paid",),
    "survive": ("through",),
    "survived": ("through",),
    "disburse": ("paid", "pay"),
    "disbursed": ("paid", "pay"),
    "allocate": ("paid", "pay"),
    "allocated": ("paid", "pay"),
    "paperwork": ("business", "permit"),
    "refund": ("rebate",),
    "tax": ("vat",),
    "award": ("prize", "medal"),
    "awarding": ("award", "prize"),  # (the awarding body: who gave the prizes)
    "prize": ("award",),
    "medal": ("award", "gold"),
    "aim": ("goal",),
    "purpose": ("goal",),
    "objective": ("goal",),
    "achieve": ("goal",),
    # A parcel or plot of land (标准地, standard land): the land itself.
    "parcel": ("land",),
    "parcels": ("land",),
    "plot": ("land",),
    "plots": ("land",),
    "resolve": ("defuse",),
    "resolved": ("defuse",),
    "resolving": ("defuse",),
    # 借贷 is borrowing and lending both: the report's lending risks are the borrowing's too.
    "borrowing": ("lending", "loan"),
    "borrow": ("lending", "loan"),
    "mitigate": ("defuse",),
    "beat": ("exceed",),
    "beaten": ("exceed",),
    "surpass": ("exceed",),
    # Propped up, shored up: what the report's backbone firms did (underpinned, 支撑).
    "propped": ("underpinned", "support"),
    "prop": ("underpin", "support"),
    "props": ("underpins", "support"),
    "target": ("indicator", "assessment"),
    "targets": ("indicator", "assessment"),
    "goal": ("indicator",),
    "rank": ("ranked", "ranking"),
    "hi": ("high",),
    "tech": ("technology",),
    "innovative": ("innovation",),
    "approval": ("permit",),
    "licence": ("permit",),
    "license": ("permit",),
    "devolve": ("delegate", "devolv"),
    "power": ("delegated",),
    "authority": ("power", "delegated"),
    "authorities": ("power", "delegated"),
    "elevated": ("promot",),
    "raised": ("promot", "exceed"),
}
SYNONYM_WEIGHT = 0.9

# Words for a firm, the class every named company is of (企业, company): which of them a
# question asks about (question.py), and a fact about a named firm reached by them
# (score.py). English in the singular; the plural is read as the word.
FIRM_WORDS = (
    "企业", "公司", "厂家", "厂商", "工厂", "车企",
    "company", "firm", "enterprise", "business", "manufacturer", "producer", "factory",
    "maker",
)  # fmt: skip

# Owning or controlling a firm (控股, 旗下, whose is it): a deed the report says of none.
# (属于 is said of a kind, 属于战略性新兴产业; own of state-owned: neither says an owner)
OWNING = frozenset({"拥有", "控股", "隶属", "旗下", "持股", "owns", "owned by", "owner",
                    "belongs", "controlled by", "subsidiar", "parent compan"})  # fmt: skip

# What a party did, by kind of deed, as the report says it and as people ask it (谁造的,
# who built it): a who-question's verb is answered only by a fact stating a deed of its
# kind (besides the word itself and its synonyms above). English words are stems matched
# at a word's start (assembl: assembled, assembly); a phrase is kept whole (set up).
DEEDS: tuple[frozenset[str], ...] = (
    # making: 汾西华益's final assembly (总装), a car off the line, goods produced
    frozenset({"造", "制造", "生产", "总装", "组装", "装配", "下线", "build", "built", "make",
               "made", "manufactur", "produc", "assembl", "put together"}),
    frozenset({"研发", "研制", "develop"}),
    frozenset({"获", "荣获", "获得", "赢", "拿", "夺", "win", "won", "got", "receiv"}),
    frozenset({"拉动", "带动", "贡献", "drove", "driv", "pull", "contribut", "lift", "boost"}),
    frozenset({"交付", "deliver", "hand over", "handed over"}),
    # leading it (谁带头抓的, who led the training): the study group's 带动作用
    frozenset({"带头", "牵头", "领头", "引领", "带动", "主导", "lead", "led", "spearhead"}),
    frozenset({"签", "签署", "签订", "sign"}),
    frozenset({"成立", "建立", "组建", "设立", "创办", "合资", "set up", "found", "establish",
               "form", "launch"}),
    OWNING,
    # giving powers (谁给的赋权, who granted them): the province and city, 承接省市赋权
    frozenset({"赋权", "赋予", "授权", "下放", "放权", "给", "grant", "delegat", "devolv",
               "gave", "give", "given", "confer"}),
    # recognising a firm as of a class (被认定为, 获批, certified): said of the firms, by
    # no body the report names
    frozenset({"认定", "认证", "评定", "审批", "批准", "批", "certif", "accredit",
               "recogni", "designat", "approv"}),
    # using a thing (哪些企业在用平台): which the report says of no firm
    frozenset({"使用", "应用", "采用", "用", "use", "using", "adopt"}),
)  # fmt: skip

# Lone characters that name a thing by themselves (奖: an award), where most lone
# characters left over from a question are grammar or a measure word (有, 家, 亿).
NAMING_CHARACTERS = frozenset("奖")

# --- measures --------------------------------------------------------------------------------
#
# Words that say which measure a question asks for, longest first where they overlap.
# A measure named here but not in measures.MEASURES (profit, employees …) is one no fact
# can state: a question asking for it is declined. Rate-like measures (a growth rate, a
# share, a contribution) outrank level measures when both are named: GDP增速 asks for a
# growth rate of GDP, not for GDP.

ZH_MEASURE_WORDS: dict[str, str] = {
    "地区生产总值": "gdp",
    "国内生产毛额": "gdp",  # Taiwan's word
    "生产总值": "gdp",
    "经济总量": "gdp",
    "经济规模": "gdp",
    "经济盘子": "gdp",
    "经济体量": "gdp",
    "gdp": "gdp",
    "总产值": "output-value",
    "产值": "output-value",
    "增加值": "value-added",
    "附加价值": "value-added",  # Taiwan: value added (工業附加價值)
    "产量": "production",
    "年产量": "production",  # a year's output (吉利年产量): not 吉利年's
    "生产了多少": "production",
    "生产多少": "production",
    "造了多少": "production",
    "造出来多少": "production",
    "造出多少": "production",
    "造多少": "production",
    "产了多少": "production",
    "占比": "share",
    "比重": "share",
    "份额": "share",
    "比率": "share",
    "比例": "share",
    "百分比": "share",
    "百分之几": "share",
    "百分之多少": "share",
    "几成": "share",
    "占多少": "share",
    "增速": "growth-rate",
    "增长速度": "growth-rate",  # 增速 said in full
    "增长率": "growth-rate",
    "成长率": "growth-rate",
    "年增率": "growth-rate",
    "年增": "growth-rate",
    "成长": "growth-rate",
    "增幅": "growth-rate",
    "增长了多少": "growth-rate",
    "增长多少": "growth-rate",
    "涨了多少": "growth-rate",
    "涨了百分之": "growth-rate",
    "涨百分之": "growth-rate",
    "涨": "growth-rate",  # 谁涨得快: how fast it rose
    "增长多快": "growth-rate",
    "增长了百分之": "growth-rate",
    "增长百分之": "growth-rate",
    "增长": "growth-rate",
    # Rose by what per cent (上升了百分之几, 提高了百分之多少): its growth, as 增长 says.
    "上升了多少": "growth-rate",
    "上升多少": "growth-rate",
    "上升了百分之": "growth-rate",
    "上升百分之": "growth-rate",
    "提高了百分之": "growth-rate",
    "提高了多少": "growth-rate",
    "提高多少": "growth-rate",
    "增加了多少": "growth-rate",
    "增加多少": "growth-rate",
    "提高百分之": "growth-rate",
    "增加了百分之": "growth-rate",
    "增加百分之": "growth-rate",
    "生产了几": "production",
    "造了几": "production",
    # 做 said for making, only before a count of vehicles (做了几件事 is no output).
    "做了几": "production",
    "做了多少": "production",
    "占": "share",
    "拉动": "growth-contribution",
    "拉抬": "growth-contribution",
    "拉高": "growth-contribution",
    # Pulled up, carried up (把产值往上带了多少): pulled, as 拉动 says.
    "往上带": "growth-contribution",
    "往上拉": "growth-contribution",
    "拉上去": "growth-contribution",
    "带上去": "growth-contribution",
    "带动": "growth-contribution",
    "个百分点": "growth-contribution",
    "百分点": "growth-contribution",
    "个点": "growth-contribution",  # 高了几个点: points, as people say 个百分点
    "贡献": "growth-contribution",
    # A contribution rate (贡献率): the part's share of the whole's growth, in per cent,
    # which the report never gives (its pulls are in points).
    "贡献率": "contribution-rate",
    # 环比: against the month or quarter before; the report's rates are year on year (同比)
    "环比": "sequential-growth",
    "比上月": "sequential-growth",
    "比上个月": "sequential-growth",
    "比上季度": "sequential-growth",
    "比上个季度": "sequential-growth",
    "现金流": "cash-flow",
    # Growth one firm brings an industry (白象给食品行业带来多少增长): its pull on it.
    "带来多少增长": "growth-contribution",
    "带来了多少增长": "growth-contribution",
    "带来多大增长": "growth-contribution",
    "带来的增长": "growth-contribution",
    "高于": "growth-gap",
    "快多少": "growth-gap",
    "高多少": "growth-gap",
    "快了多少": "growth-gap",  # not 高了多少: 拉高了多少 is a contribution
    "快了几": "growth-gap",
    "快几": "growth-gap",
    "高出": "growth-gap",
    "跑赢": "growth-gap",  # outran GDP: grew faster than it, by a gap
    "快出": "growth-gap",
    "扶持资金": "funds",
    "资金": "funds",
    "补贴": "funds",
    "补助金": "funds",
    "补贴款": "funds",
    "补助": "funds",
    "拨付": "funds",
    # A sum of money paid out (哪笔钱, 发给企业的钱, which sum): the funds, not a count.
    "钱": "funds",
    "款": "funds",
    "产出": "output-value",
    "投资额": "investment",
    "投资": "investment",
    "投入": "investment",
    "排名": "rank",
    "排第几": "rank",
    "第几名": "rank",
    "第几": "rank",
    "名次": "rank",
    "什么位置": "rank",  # 在全省开发区中处于什么位置: where it stands
    "里的位置": "rank",  # 在全省开发区里的位置: where it stands among them
    "中的位置": "rank",
    "位次": "rank",
    "位居": "rank",  # 位居全市第一: ranked first in the city
    "位列": "rank",
    "多久": "duration",
    "多少年": "duration",
    "几年": "duration",
    "多少个月": "duration",
    "几个月": "duration",
    # A span in days or weeks (停工持续了多少天): as long as in months.
    "多少天": "duration",
    "几天": "duration",
    "多少周": "duration",
    "几周": "duration",
    "几个星期": "duration",
    "多少个星期": "duration",
    "数量": "count",
    "总数": "count",
    "户数": "count",
    "家数": "count",
    "人数": "count",
    "个数": "count",
    "件数": "count",  # Taiwan's count of items (賦權事項件數)
    "台数": "count",  # vehicles counted (交付台数)
    "辆数": "count",
    "项数": "count",
    "笔数": "count",
    "数目": "count",
    "企业数": "count",
    "项目数": "count",
    "事项数": "count",
    "规模以上": "",  # above-scale, a class of enterprises: not the size asked for
    "规模": "size",
    "多长时间": "duration",
    # Measures no fact states.
    "利润": "profit",
    # The firms an alliance or a body has as members: the report never counts them.
    "成员企业": "members",
    "成员单位": "members",
    "会员企业": "members",
    # Statistical classes of firms the report never names (限上: trade above its limit;
    # 资质以上: licensed builders; above-scale services): none is counted. (Its 四上, the
    # four classes together, it names: their count is what it does not state.)
    "限上企业": "firm-classes",
    "限额以上": "firm-classes",
    "资质以上": "firm-classes",
    "规上服务业": "firm-classes",
    "规模以上服务业": "firm-classes",
    "净利润": "profit",
    "盈利": "profit",
    "净利": "profit",
    "赚": "profit",  # 赚了多少钱: what a firm earned, its profit
    "营收": "revenue",
    # What a plant could make (产能, 年产能, production capacity), which the report never
    # gives: declined, its output listed as related (capacity alone, and 扩大产能, are 扩产).
    "产能": "capacity",
    "年产能": "capacity",
    "production capacity": "capacity",
    "营业额": "revenue",
    "获利": "profit",
    # A target, a plan's figure (目标是多少, 计划达到多少户): the report says its targets
    # were beaten (超额完成年度任务), never what they were (see FIGURES_NEVER_GIVEN).
    "目标": "target",
    "目标值": "target",
    "年度目标": "target",
    "年度任务": "target",
    "任务目标": "target",
    "计划": "target",
    "营业收入": "revenue",
    "收入": "revenue",
    "销售额": "revenue",
    "销量": "sales",
    "销售": "sales",
    "卖了": "sales",
    "卖出": "sales",  # the report's 交付 for a search, no sales figure for ask
    "售出": "sales",
    "油耗": "energy",
    # Per unit or per month (甲醇重卡每台卖多少钱, 每个月生产多少辆): a rate of one
    # thing or one month, which the report never gives (its figures are totals).
    "平均": "per-unit",  # 亿元以上企业平均产值: per firm
    "人均": "per-unit",  # 人均GDP: per head
    "每台": "per-unit",
    "每辆": "per-unit",
    "每个": "per-unit",
    "每家": "per-unit",
    "每户": "per-unit",
    "每项": "per-unit",
    "每人": "per-unit",
    "每名": "per-unit",
    "每只": "per-unit",
    "每笔": "per-unit",
    "单台": "per-unit",
    "单辆": "per-unit",
    "单车": "per-unit",  # 吉利单车产值: the output of one vehicle
    "户均": "per-unit",
    "家均": "per-unit",
    "每个月": "per-unit",
    "每月": "per-unit",
    "月均": "per-unit",
    # 吉利汽车月产量, 每天生产多少辆: a month's or a day's output, which a year's is not
    # (日产 alone stays: Nissan).
    "月产量": "per-unit",
    "月产": "per-unit",
    "日产量": "per-unit",
    "日均": "per-unit",
    "每天": "per-unit",
    "每日": "per-unit",
    "员工": "employees",
    "职工人数": "employees",
    "就业": "employees",
    "雇员": "employees",
    "工人": "employees",
    "主任是谁": "person",
    "书记是谁": "person",
    "负责人": "person",
    "老板是谁": "person",
    "领导是谁": "person",
    # A person's name asked (a thing's name is its fact: 掘进机叫什么名字); 负责人 is one
    # already.
    **{
        f"{who}{asked}": "person"
        for who in ("主任", "书记", "领导", "老板")
        for asked in ("叫什么", "叫啥", "的名字", "名字", "姓什么", "姓啥")
    },
    "人口": "population",
    # 全省有多少个开发区 (read so by question._ZONES_COUNTED): development zones counted,
    # which the report never does (开发区 is otherwise the zone itself, and dropped; 开发区
    # 数量最多的企业 asks of the zone's firms).
    "开发区的个数": "zones",
    "税收": "tax-revenue",
    "纳税": "tax-revenue",
    "出口": "exports",
    "进口": "imports",
    "外资": "foreign-investment",
    "工资": "wages",
    "薪酬": "wages",
    "房价": "prices",
    "卖多少钱": "prices",
    "多少钱一台": "prices",
    "单价": "prices",
    "价钱": "prices",
    "价格": "prices",
    "售价": "prices",
    "造价": "cost",
    "价值": "worth",  # what the 500 trucks are worth: no fact prices a thing (产值 is output)
    "直径": "dimensions",
    "长度": "dimensions",
    "重量": "dimensions",
    "功率": "dimensions",
    # How fast a machine goes (汾盾1号掘进速度, 时速): a speed, which the report never gives
    # (速度 alone is growth's: 增长速度).
    "掘进速度": "speed",
    "时速": "speed",
    "车速": "speed",
    "行驶速度": "speed",
    "注册资本": "capital",
    "成本": "cost",
    "面积": "area",
    "多少亩": "area",
    "几亩": "area",
    "亩地": "area",
    "占地": "area",
    "能耗": "energy",
    "用电": "energy",
    "排放": "emissions",
    "专利": "patents",
    # (the report's title, not a heading's figure: 标题里说甲醇汽车产值突破了多少亿)
    "报告的标题": "title",
    "报告标题": "title",
    "报告的题目": "title",
    "报告题目": "title",
    "报告的名称": "title",
    "下降": "decline",
    "回落": "decline",
    "下滑": "decline",
    "降了多少": "decline",
    "减少": "decline",
    "市值": "market-value",
    # Income tax (个税 退税): another tax than the VAT the report's refunds are of.
    "个税": "income-tax",
    # Whether one set of firms is counted in another (小巨人包含在87户里吗): the report
    # never says how its counts overlap.
    "包含在": "membership",
    "包括在": "membership",
    "算在": "membership",
}
EN_MEASURE_WORDS: dict[str, str] = {
    # A target's figure (what was the target for high-tech firms): never given.
    "target": "target",
    "targets": "target",
    "goal": "target",
    "goals": "target",
    "aim for": "target",
    "aims for": "target",
    "aimed for": "target",
    "aiming for": "target",
    # A figure per unit or per month (per month, per firm): as 每月, 每户; an average
    # (the average output of the 38 firms) is one per firm.
    "per month": "per-unit",
    "income tax": "income-tax",  # (as 个税)
    # (are the 5 little giants part of the 87, included in, counted among them: see 包含在)
    "included in": "membership",
    "included among": "membership",
    "counted in": "membership",
    "counted among": "membership",
    "a subset of": "membership",
    "average": "per-unit",  # (not averaged: growth averaged 10% is a rate)
    "a month": "per-unit",
    "each month": "per-unit",
    "per enterprise": "per-unit",
    "per firm": "per-unit",
    "per company": "per-unit",
    "per vehicle": "per-unit",
    "per truck": "per-unit",
    "per car": "per-unit",
    "per person": "per-unit",
    "per head": "per-unit",
    "per capita": "per-unit",
    "gdp": "gdp",
    "gross domestic product": "gdp",
    "gross regional product": "gdp",
    "size of the economy": "gdp",
    "economic output": "gdp",
    "output value": "output-value",
    "value of output": "output-value",
    "gross output": "output-value",
    "production value": "output-value",
    "output": "output-value",
    "value added": "value-added",
    "value-added": "value-added",
    "output volume": "production",
    "production volume": "production",
    "units produced": "production",
    "produced": "production",
    "produce": "production",
    "production": "production",
    "manufactured": "production",
    "built": "production",
    "build": "production",
    "made": "production",
    "make": "production",
    "share": "share",
    "proportion": "share",
    "slice": "share",
    "percentage": "share",
    # (output as percent of the zone's total: a share of it)
    "percent of": "share",
    "per cent of": "share",
    "what percent": "share",
    "growth rate": "growth-rate",
    "how fast": "growth-rate",
    "grow": "growth-rate",
    "grew": "growth-rate",
    "growing": "growth-rate",  # the fastest growing industry
    "rose": "growth-rate",  # which rose more: the faster growth
    "speed": "growth-rate",  # growth speed: 增长速度, its rate
    "growth": "growth-rate",
    "contribution": "growth-contribution",
    "contribution rate": "contribution-rate",
    "month-on-month": "sequential-growth",
    "month on month": "sequential-growth",
    "quarter-on-quarter": "sequential-growth",
    "quarter on quarter": "sequential-growth",
    "mom": "sequential-growth",
    "qoq": "sequential-growth",
    "cash flow": "cash-flow",  # a firm's finances, which the report never gives
    "contributor": "growth-contribution",  # the largest contributor: who pulled most
    "numerous": "count",  # the most numerous: the most of them
    "contributors": "growth-contribution",
    "boost": "growth-contribution",
    "boosted": "growth-contribution",
    "contribute": "growth-contribution",
    "contributed": "growth-contribution",
    "pull": "growth-contribution",
    "pulled": "growth-contribution",
    "push": "growth-contribution",
    "pushed": "growth-contribution",
    "lift": "growth-contribution",
    "lifted": "growth-contribution",
    "drove": "growth-contribution",
    # Every form of those verbs: how many points did the company drive.
    "drive": "growth-contribution",
    "drives": "growth-contribution",
    "driven": "growth-contribution",
    "boosts": "growth-contribution",
    "contributes": "growth-contribution",
    "pulls": "growth-contribution",
    "pushes": "growth-contribution",
    "lifts": "growth-contribution",
    "percentage points": "growth-contribution",
    "count": "count",
    "tally": "count",
    "how much faster": "growth-gap",
    "outgrew": "growth-gap",
    "outgrow": "growth-gap",
    "outgrown": "growth-gap",
    "outpaced": "growth-gap",
    "outpace": "growth-gap",
    "faster than": "growth-gap",
    "funds": "funds",
    "money": "funds",
    "sum": "funds",
    "sums": "funds",
    "funding": "funds",
    "subsidies": "funds",
    "subsidy": "funds",
    "grants": "funds",
    "support money": "funds",
    "financial support": "funds",
    "fiscal support": "funds",
    "investment": "investment",
    "invested": "investment",
    "invest": "investment",
    "rank": "rank",
    "ranked": "rank",
    "ranking": "rank",
    "rankings": "rank",
    "what place": "rank",
    # Where a thing stands among others (its standing, where it stands among the zones;
    # not what GDP stands at, an amount).
    "standing": "rank",
    "stand among": "rank",
    "stands among": "rank",
    "position among": "rank",
    "position in the province": "rank",
    "how long": "duration",
    "how many years": "duration",
    "how many months": "duration",
    "how many days": "duration",
    "how many weeks": "duration",
    # Measures no fact states.
    "profit": "profit",
    "profits": "profit",
    "earnings": "profit",
    "revenue": "revenue",
    "revenues": "revenue",
    "turnover": "revenue",
    "income": "revenue",
    # Earned over so much: what a firm took in, its revenue (no output value, 产值); not
    # earned an award, a place or a promotion.
    **{
        f"{verb} {bound}": "revenue"
        for verb in ("earn", "earned", "earns", "earning")
        for bound in ("over", "above", "more than", "at least")
    },
    "sales": "sales",
    "sold": "sales",
    "sell": "sales",
    # (how many trucks were ordered: orders, which the report never counts)
    "ordered": "orders",
    "orders": "orders",
    "employees": "employees",
    "employ": "employees",
    "employed": "employees",
    "staff": "employees",
    "jobs": "employees",
    # (A headcount is any people's: of cadres rotated, their number; question._dimensions
    # reads it as people counted.)
    "headcount": "count",
    "workforce": "employees",
    "workers": "employees",
    "worker": "employees",
    "people work": "employees",
    "people worked": "employees",
    "who is the director": "person",
    "who heads": "person",
    "who runs": "person",
    "who leads": "person",
    "population": "population",
    "how many zones": "zones",
    "how many development zones": "zones",
    "residents": "population",
    "people live": "population",
    "tax revenue": "tax-revenue",
    "taxes paid": "tax-revenue",
    "exports": "exports",
    "export": "exports",
    "exported": "exports",
    "imports": "imports",
    "foreign investment": "foreign-investment",
    "fdi": "foreign-investment",
    "wages": "wages",
    "salary": "wages",
    "salaries": "wages",
    "price": "prices",
    "prices": "prices",
    "member companies": "members",
    "member firms": "members",
    "member enterprises": "members",
    # A price by its kind (the sale price, 售价, 单价): a price all the same.
    "sale price": "prices",
    "sales price": "prices",
    "selling price": "prices",
    "retail price": "prices",
    "unit price": "prices",
    "market price": "prices",
    "cost": "cost",
    "diameter": "dimensions",
    "length": "dimensions",
    "weight": "dimensions",
    "registered capital": "capital",
    "land area": "area",
    # The zone's area, however asked: an area the report never gives (its area-wide
    # assessment is a reform, not a size).
    "area of the zone": "area",
    "zone's area": "area",
    "total area": "area",
    "how much land": "area",
    "square kilometres": "area",
    "square kilometers": "area",
    "sq km": "area",
    "acres": "area",
    "mu of land": "area",
    "floor area": "area",
    "size": "size",
    "how big": "size",
    "how large": "size",
    "costs": "cost",
    "hectares": "area",
    "energy consumption": "energy",
    "fuel consumption": "energy",
    "emissions": "emissions",
    "patents": "patents",
    "title": "title",
    "titled": "title",
    "fall": "decline",
    "fell": "decline",
    "drop": "decline",
    "dropped": "decline",
    "declined": "decline",
    "decrease": "decline",
    "decreased": "decline",
    # (shrank, contracted: the economy's word for a fall)
    "shrink": "decline",
    "shrank": "decline",
    "shrunk": "decline",
    "contracted": "decline",
    "add to": "growth-contribution",
    "added to": "growth-contribution",
    "adds to": "growth-contribution",
    "market value": "market-value",
    "market cap": "market-value",
}
# Words asking a per cent (百分之几, what percent): a share only when no rate is named.
PERCENT_ONLY = frozenset(
    {"百分之几", "百分之多少", "百分比", "percentage", "what percent", "percent"}
)
# Money words that name the funds only when no other measure word says what the money is.
MONEY_ONLY = frozenset({"钱", "款", "money", "sum", "sums"})

# Latin abbreviations of the report's concepts that people glue to pinyin when typing
# without a Chinese input method (kaifaquGDP, gdpzengzhang, jiliNEV). No plurals: nevs
# would take the s of a syllable after it (nevshuliang: nev shuliang).
GLUED_ACRONYMS = ("gdp", "nev", "sme", "soe", "vat", "yoy")

# Value words: the figure of a measure named beside them (the value of GDP), the output
# value of what was produced (the value of what Geely produced), or else what a thing is
# worth (the total value of the 500 trucks), which no fact states.
VALUE_WORDS = ("value", "worth")
# The last word of a measure said as its quantity (production volume, output volume): the
# measure's, no thing to match.
VOLUME_WORDS = ("volume", "volumes")
# Which measures a question's measure word stands for the subject rather than the
# measure when a rate-like measure is also named (GDP增速, 产值增长了多少, 产值占比).
LEVEL_MEASURES = frozenset(
    {"gdp", "output-value", "value-added", "funds", "investment", "production"}
)

# "how many" and its measure word say a count (and which unit dimensions count it).
COUNT_DIMENSIONS = {
    "家": "enterprises",
    "户": "enterprises",
    "间": "enterprises",  # Hong Kong and Taiwan count companies in 间 (多少间公司)
    "件": "items",  # Taiwan counts projects in 件 (幾件專案)
    "辆": "vehicles",
    "台": "vehicles",
    "架": "vehicles",
    "人": "people",
    "名": "people",
    "个人": "people",
    "位": "people",
    "项": "items",
    "个": "count",
    "只": "count",  # funds are counted in 只 (两只基金), in Taiwan in 支 (幾支基金)
    "支": "count",
}
MONEY_WORDS_ZH = ("多少钱", "金额", "总额", "多少亿", "多少万", "几亿", "多少元")
MONEY_WORDS_EN = ("how much money", "how much")

# --- operators -------------------------------------------------------------------------------

# 较大的一笔 (the larger of two) picks one of the things named, as a superlative does.
ZH_MAX = (
    "最高", "最多", "最大", "最快", "最强", "最领先", "最靠前", "最前", "最好", "最猛",
    "较大", "较多", "较高", "较快",
    # Put in order (三个产值排个序): a ranking, the largest first unless an order is said
    # (从低到高: question._ORDER_SAID).
    "排个序", "排一下序", "排下序", "排排序", "排序",
)  # fmt: skip
ZH_MIN = ("最低", "最少", "最小", "最慢", "最弱", "最靠后", "最差", "较小", "较少", "较低", "较慢")
EN_MAX = (
    "highest", "most", "largest", "biggest", "fastest", "greatest", "maximum", "strongest",
    "best", "hardest",
)  # fmt: skip
EN_MIN = ("lowest", "least", "smallest", "slowest", "fewest", "minimum", "weakest", "worst")
# A comparison of two things: 谁多, 哪个多, which is larger … (and "A还是B").
ZH_COMPARE = (
    # A比B高还是低: the comparative and its opposite, no joiner (比 joins the sides).
    "高还是低", "多还是少", "大还是小", "快还是慢", "低还是高", "少还是多",
    "谁多", "谁大", "谁高", "谁快", "谁更", "哪个多", "哪个大", "哪个高", "哪个快", "哪个更",
    "哪笔多", "哪笔大", "哪笔更", "哪项多", "哪项更", "哪家多", "哪家更", "哪一个多", "哪一个更",
    "更多", "更大", "更高", "更快", "比较", "对比", "相比", "多还是", "大还是", "高还是",
    "相较",
    # And the other way (谁少, 哪笔小): the smaller answers (question._ASKS_LESS).
    "谁少", "谁小", "谁低", "谁慢", "哪个少", "哪个小", "哪个低", "哪个慢", "哪笔少", "哪笔小",
    "哪项少", "哪家少", "哪一个少", "哪一个小", "更少", "更小", "更低", "更慢",
    "谁拉动", "谁贡献", "哪个拉动", "哪家拉动",
    # Compare them, said as a request (比一比, 比一下, 比比看).
    "比一比", "比一下", "比比看", "比比",
    # As many as each other (一样多吗): a comparison, which may find them the same.
    "一样多", "一样大", "一样高", "一样快", "同样多", "一样", "相等", "相同",
)  # fmt: skip
EN_COMPARE = (
    "larger", "bigger", "higher", "greater", "faster", "more", "fewer", "smaller", "lower",
    # (which pulled less, grew slower: the smaller, as fewer is)
    "less", "slower",
    # (pulled harder, a stronger pull: by more)
    "harder", "stronger",
    "compare", "compared", "versus", "vs",
)  # fmt: skip
# Words that join the two sides of a comparison.
ZH_JOINERS = ("还是", "和", "与", "跟", "同", "及", "比", "对比", "相比", "或")
EN_JOINERS = (" or ", " and ", " versus ", " vs ", " compared with ", " compared to ", " than ")
# What a sum adds (或: a number of either thing counts both).
SUM_JOINERS = ("和", "与", "跟", "及", "加上", "、", "或者", "或", " and ", " plus ", " or ")
# "What happened": list the facts of a period rather than answer with one.
# Longest first, with the noun it may end in (发生了什么事, 发生了哪些事情): all of it asks.
ZH_EVENTS = tuple(
    sorted(
        {
            phrase + noun
            for phrase in (
                "发生了什么", "发生什么", "做了什么", "干了什么", "有什么", "有哪些", "发生了哪些",
            )
            for noun in ("", "事", "事情", "事儿", "大事", "消息", "新闻", "动态", "动静")
        }
        # 出了啥事 (啥 is read as 什么): what happened, with its noun (推出什么 is no event).
        | {f"{verb}什么{noun}" for verb in ("出了", "出") for noun in ("事", "事情", "情况")},
        key=lambda phrase: (-len(phrase), phrase),
    )
)  # fmt: skip
EN_EVENTS = (
    "what happened", "what took place", "what was done", "what events", "events in",
    "what went on", "what did the zone do", "what went wrong",
    # Anything notable happen in June: what happened, asked of anything at all.
    "anything notable", "anything happen", "anything important", "anything interesting",
    "anything major", "anything big", "anything significant", "anything new",
)  # fmt: skip

# --- periods ---------------------------------------------------------------------------------

EN_MONTHS = (
    "january february march april may june july august september october november december"
).split()
EN_MONTH_ABBREVIATIONS = tuple(m[:3] for m in EN_MONTHS)
# The base records 年底 ("at the year's end") as month 12.
ZH_YEAR_END = (
    "去年末",
    "去年底",
    "今年底",
    "今年末",
    "年底",
    "年末",
    "岁末",
    "年终",
    "年尾",  # Hong Kong and Taiwan
    "年根儿底下",  # the north's spoken year-end (年根儿, 年关)
    "年根底下",
    "年根儿",
    "年根",
    "年关",
)  # also after a year: 22年底, 2022年年底
EN_YEAR_END = ("year-end", "year end", "end of the year", "end of year", "end of 2022")
# 去年年中, 2022年年中: mid-year (年中 alone may be "in the year", 一年中).
# (Not winter: of which year's turn it is said, December 2022 or early 2023, is unclear.)
ZH_HALVES = {"上半年": (1, 6), "下半年": (7, 12), "前半年": (1, 6), "后半年": (7, 12),
             "春季": (3, 5), "春天": (3, 5), "夏季": (6, 8), "夏天": (6, 8), "秋季": (9, 11),
             "秋天": (9, 11), "年初": (1, 2),
             "去年年中": (6, 7), "今年年中": (6, 7), "年年中": (6, 7)}  # fmt: skip
EN_HALVES = {"first half": (1, 6), "second half": (7, 12), "latter half": (7, 12),
             "back half": (7, 12), "h1": (1, 6), "h2": (7, 12), "mid-2022": (6, 7),
             "mid-year": (6, 7), "early 2022": (1, 2), "spring": (3, 5), "summer": (6, 8),
             # (the start of 2022, as 2022年初: its first months)
             "start of 2022": (1, 2), "beginning of 2022": (1, 2), "early in 2022": (1, 2),
             "autumn": (9, 11), "fall": (9, 11),
             # (late in the year: its last months, as early 2022 is its first)
             "late 2022": (11, 12), "late in 2022": (11, 12), "late in the year": (11, 12),
             "late last year": (11, 12), "towards the end of the year": (11, 12),
             "toward the end of the year": (11, 12)}  # fmt: skip
# The seasons among them, times said roughly (Period.rough).
SEASONS = frozenset(
    {"春季", "春天", "夏季", "夏天", "秋季", "秋天", "spring", "summer", "autumn", "fall"}
)
ZH_QUARTERS = {"一季度": 1, "二季度": 2, "三季度": 3, "四季度": 4, "1季度": 1,
               "2季度": 2, "3季度": 3, "4季度": 4, "第一季": 1, "第二季": 2, "第三季": 3,
               "第四季": 4}  # fmt: skip
EN_QUARTERS = {"q1": 1, "q2": 2, "q3": 3, "q4": 4, "first quarter": 1, "second quarter": 2,
               "third quarter": 3, "fourth quarter": 4, "1st quarter": 1, "2nd quarter": 2,
               "3rd quarter": 3, "4th quarter": 4, "1q": 1, "2q": 2, "3q": 3, "4q": 4}  # fmt: skip

# A yes-or-no question may ask the opposite of what a fact states: 白象食品是不是拖累了增长
# (it pulled growth up), 有没有没完成的指标 (all were exceeded), did the economy stay below
# its pre-pandemic size (it rose above), or another grade of the same scale (只拿了银奖:
# it won gold). Where the base never uses the word asked, the question is read with its
# counterpart, which the base does use: the fact found settles it. (Only in a yes-or-no
# question: 哪家企业拖累了增长 asks for a drag, which no fact is.)
YES_NO_OPPOSITES = {
    "银奖": "金奖", "铜奖": "金奖", "一等奖": "二等奖", "三等奖": "二等奖",
    "silver": "gold", "bronze": "gold",
    "拖累": "拉动", "拉低": "拉动", "拖后腿": "拉动",
    "下降": "增长", "减少": "增长", "萎缩": "增长", "倒退": "增长",
    "没有完成": "完成", "没完成": "完成", "未完成": "完成", "完不成": "完成",
    "低于": "高于", "慢于": "快于", "不及": "超过",
    "below": "above", "slower": "faster", "shrank": "grew", "shrink": "grow",
    "declined": "grew", "decreased": "grew",
}  # fmt: skip

# The verbs of a relation between two things or a thing and a number (超过, exceed): no
# thing of the report by themselves (是否超过 names nothing held).
RELATION_VERBS = frozenset(
    "超过 超出 超 突破 破 高于 低于 多于 少于 大于 小于 达到 达 过 赶超 跑赢 不及 "
    "exceed exceeded exceeds surpass surpassed surpasses top topped outpace outpaced "
    "pass passed beat beaten above below over under reach reached".split()
)

# How to name a measure no fact states, in a declined answer: (zh, en).
UNLISTED_MEASURE_NAMES = {
    "total": ("合计", "total"),  # the sum of several figures (加起来, combined)
    # A gap or a multiple asked of two figures that give none exactly (an output value
    # against GDP, a floor 突破224亿): comparable is what they are not.
    "difference": ("可比差额", "comparable difference"),
    "ratio": ("可比倍数", "comparable ratio"),
    "increase": ("较上年增加数", "increase over the previous year"),  # 比上年多几户
    "profit": ("利润", "profit"),
    "revenue": ("营业收入", "revenue"),
    "capacity": ("产能", "production capacity"),
    "sales": ("销量", "sales"),
    "orders": ("订单数", "orders"),
    "employees": ("员工人数", "number of employees"),
    "population": ("人口", "population"),
    "zones": ("开发区数量", "number of development zones"),
    "tax-revenue": ("税收", "tax revenue"),
    "exports": ("出口", "exports"),
    "imports": ("进口", "imports"),
    "foreign-investment": ("利用外资", "foreign investment"),
    "wages": ("工资", "wages"),
    "prices": ("价格", "price"),
    "worth": ("价值", "worth"),
    "rate": ("比率", "rate"),  # 复工复产率: a rate the report never states
    "cost": ("成本", "cost"),
    "area": ("面积", "area"),
    "energy": ("能耗", "energy consumption"),
    "emissions": ("排放", "emissions"),
    "patents": ("专利", "patents"),
    "market-value": ("市值", "market value"),
    "membership": ("包含关系", "whether one count includes the other"),
    "income-tax": ("个人所得税", "income tax"),
    "person": ("负责人", "person in charge"),
    "products": ("产品", "products"),  # 做什么产品的: what a firm makes
    "location": ("所在地", "location"),  # 在什么地方: where it is
    "actor": ("实施主体", "party responsible"),
    # 食品行业拉动了哪家企业: whom a deed was done to, the other way round
    "recipient": (
        "对象",
        "party on the receiving end",
    ),  # 谁签的: who did it, where no one is named
    "names": ("名单", "names"),  # 被提拔的是谁: a count names no one
    "decline": ("降幅", "size of the fall"),
    "contribution-rate": ("贡献率", "contribution rate"),
    "sequential-growth": ("环比增速", "growth over the month or quarter before"),
    "cash-flow": ("现金流", "cash flow"),
    # The report's own title (报告的标题, the title of the report): no fact of it; every
    # answer's source names it.
    "title": ("标题", "title"),
    "dimensions": ("尺寸", "dimensions"),
    "speed": ("速度", "speed"),
    "month": ("月份", "month"),  # 几月份: a fact dated by its year does not say
    "date": ("时间", "date"),  # 哪一年承接的: a base built on, dated by nothing said
    # 副处级干部有多少人: only those promoted are counted
    "headcount": ("总人数", "headcount"),
    # GDP增速比2021年快吗: the earlier year's rate to hold it against
    "earlier-rate": ("上年增速", "previous year's growth rate"),
    "giver": ("颁奖单位", "awarding body"),  # 谁颁的金奖: the contest, not who gave it
    "owner": ("控股方", "owner"),  # 开建集团的母公司是谁: the venture it set up names none
    "model": ("分车型数据", "figures by model"),  # 哪款车型最多: no model's figure is given
    "capital": ("注册资本", "registered capital"),
    "per-unit": ("单位数值", "figure per unit or per month"),
    "added": ("新增数量", "number of new additions"),  # 新增了多少家: the level is given
    "members": ("成员企业数量", "member companies"),  # 联盟有多少成员企业
    "firm-classes": ("限上等类别的企业数量", "count of firms of that class"),
    # A figure asked in another dimension than the facts' (500台甲醇重卡总金额是多少)
    "amount-of-money": ("金额", "amount of money"),
    "number-of-people": ("人数", "number of people"),
    "percentage": ("百分比", "percentage"),  # 百分之多少的企业: no count of them
    "number-of-firms": ("企业数量", "number of firms"),
    "number-of-vehicles": ("车辆数量", "number of vehicles"),
    "number-of-items": ("数量", "number"),
    "weight": ("重量", "weight"),
    "length": ("长度", "length"),
    "score": ("得分", "score"),
    "time": ("时长", "time taken"),
    "target": ("目标值", "target figure"),
}

# Words for the zone itself or all of it (园区企业, 全区企业: the zone's firms, no class of
# them).
THE_ZONE_ITSELF = frozenset(
    {"园区", "全区", "开发区", "区内", "区里", "本区", "辖区", "全部", "所有"}
)

# Measures the report speaks of in words but gives no figure for: its targets (超额完成
# 年度任务 says they were beaten, not what they were). Their words stand in the base's
# text (年度任务, targets met) and still state nothing asked for.
FIGURES_NEVER_GIVEN = frozenset({"target"})


# Currencies the report states no amount in (it gives yuan only): the name each is said
# by in an answer, in Chinese and in English, then how questions spell it (folded, spaces
# taken out).
CURRENCIES = {
    "USD": ("美元", "US dollars", "美金", "usd", "us$", "dollar", "dollars", "usdollar",
            "usdollars"),
    "EUR": ("欧元", "euros", "eur", "euro", "euros"),
    "HKD": ("港元", "Hong Kong dollars", "港币", "hkd", "hongkongdollar", "hongkongdollars",
            "hkdollar", "hkdollars"),
    "JPY": ("日元", "yen", "yen", "jpy", "japaneseyen"),
    "GBP": ("英镑", "pounds sterling", "gbp", "poundsterling", "poundssterling"),
    "TWD": ("新台币", "New Taiwan dollars", "台币"),
    "RUB": ("卢布", "roubles"),
    "CAD": ("加元", "Canadian dollars", "cad"),
    "AUD": ("澳元", "Australian dollars", "aud"),
    "SGD": ("新加坡元", "Singapore dollars", "sgd"),
    "NZD": ("新西兰元", "New Zealand dollars", "nzd"),
    "DOLLARS": ("外币", "dollars of another country"),  # X$: a dollar we cannot name
}  # fmt: skip
