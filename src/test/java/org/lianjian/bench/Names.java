package org.lianjian.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.unit.InstitutionType;
import org.lianjian.unit.UnitCategory;

/**
 * Plausible Chinese names for a Hongkou sub-district: residential areas (新村 and roads),
 * resident units by category, people. All fictional; drawn from a seeded random, and unit
 * names never repeat.
 */
final class Names {

	/** Places of the sub-district, used in area and unit names. */
	static final String[] PLACES = { "曲阳", "玉田", "赤峰", "大柏树", "运光", "密云", "巴林", "林云", "东体育会", "中山北", "大连西", "水电", "政立",
			"銮园", "虹湾", "新港", "凉城", "广灵", "民府", "邯郸", "汶水", "沽源", "黄兴", "辉河", "石门", "四平", "临平", "江湾", "广中", "场中" };

	private static final String[] AREA_FORMS = { "新村", "新村", "新村", "苑", "小区", "路", "公寓", "花园" };

	private static final String[] ORDINALS = { "", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

	static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "朱", "马", "胡", "郭",
			"林", "何", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "邓", "冯", "韩", "曹", "曾", "彭", "萧", "蔡", "潘", "田", "董",
			"袁", "于", "余", "叶", "蒋", "杜", "苏", "魏", "程", "吕", "丁", "沈", "任", "姚", "卢", "傅", "钟", "姜", "崔", "谭", "陆",
			"范", "汪" };

	private static final String[] GIVEN = { "建华", "丽娟", "志强", "海燕", "晓东", "文静", "国平", "秀英", "伟民", "春梅", "立新", "佳怡",
			"振宇", "雪芳", "明辉", "慧敏", "俊杰", "婷婷", "国强", "美玲", "子涵", "浩然", "思远", "雨欣", "宏伟", "玉兰", "德明", "桂英", "晨曦", "嘉怡",
			"永康", "淑贞", "敏", "伟", "静", "磊", "洁", "军", "勇", "艳", "杰", "娜", "涛", "燕", "斌", "婷", "凯", "琳", "鹏", "颖", "华",
			"萍", "彬", "晶", "亮", "倩" };

	private static final String[] BRANDS = { "明德", "远望", "恒信", "嘉和", "华曲", "新程", "康泰", "锦程", "汇丰", "博雅", "安澜", "海纳",
			"同舟", "启航", "东方", "申城", "虹信", "鼎盛", "睿智", "宏达", "金桥", "瑞丰", "联创", "中诚", "永安", "德信", "天越", "星河", "蓝海", "智联",
			"华瑞", "宝川", "银泰", "万科", "百联", "长风", "浦江", "云帆", "卓越", "正泰", "和睦", "景源", "元亨", "泰和", "九州", "国信", "宜居", "弘毅",
			"青禾", "晟达", "凯利", "普华", "春申", "沪东", "瀚海", "新航", "凌云", "朗润", "晨光", "佳禾", "协力", "思源", "信达", "致远", "荣昌", "立信",
			"丰泽", "祥和", "如意", "恒源", "启明", "开元", "悦达", "东泰", "润华", "中汇", "博纳", "鸿运", "天成", "安信" };

	private static final String[][] INDUSTRIES = { { "信息技术", "科技" }, { "文化传媒", "传媒" }, { "物业管理", "物业" },
			{ "餐饮管理", "餐饮" }, { "物流", "物流" }, { "建筑工程", "建工" }, { "投资管理", "投资" }, { "商务咨询", "咨询" }, { "电子商务", "电商" },
			{ "软件开发", "软件" }, { "广告", "广告" }, { "贸易", "贸易" }, { "医疗器械", "医械" }, { "装饰工程", "装饰" }, { "教育科技", "教育" },
			{ "健康管理", "健康" }, { "环保科技", "环保" }, { "数字科技", "数字" }, { "人力资源", "人力" }, { "酒店管理", "酒店" }, { "汽车服务", "汽服" },
			{ "设计", "设计" }, { "网络科技", "网络" }, { "生物科技", "生物" }, { "机电设备", "机电" }, { "印刷", "印刷" }, { "家政服务", "家政" },
			{ "新能源", "能源" } };

	private static final String[][] FIRMS = { { "律师事务所", "律所" }, { "会计师事务所", "会计所" }, { "口腔门诊部有限公司", "口腔" },
			{ "商务楼宇管理有限公司", "楼宇" } };

	private static final String[][] AGENCIES = { { "上海市公安局虹口分局", "派出所", "派出所" }, { "上海市虹口区税务局", "税务所", "税务所" },
			{ "上海市虹口区市场监督管理局", "市场监管所", "监管所" }, { "上海市虹口区人民检察院", "检察室", "检察室" }, { "上海市虹口区人民法院", "人民法庭", "法庭" },
			{ "上海市虹口区司法局", "司法所", "司法所" }, { "上海市虹口区城市管理行政执法局", "城管中队", "城管中队" }, { "上海市虹口区房屋管理局", "房管办", "房管办" },
			{ "上海市虹口区生态环境局", "环境监测站", "环境监测站" }, { "上海市虹口区人力资源和社会保障局", "社保服务站", "社保站" },
			{ "上海市消防救援总队虹口支队", "消防救援站", "消防站" }, { "上海市虹口区民政局", "社会救助管理站", "救助站" } };

	private static final String[][] SCHOOLS = { { "中学", "中学" }, { "第二中学", "二中" }, { "实验小学", "实验小学" }, { "小学", "小学" },
			{ "幼儿园", "幼儿园" }, { "外国语学校", "外国语学校" }, { "初级中学", "初中" }, { "职业技术学校", "职校" } };

	private static final String[][] HOSPITALS = { { "中心医院", "中心医院" }, { "中医医院", "中医院" }, { "康复医院", "康复医院" },
			{ "妇幼保健院", "妇幼保健院" }, { "社区卫生服务中心", "社区卫生中心" }, { "精神卫生中心", "精卫中心" }, { "口腔医院", "口腔医院" } };

	private static final String[] RESEARCH = { "环境科学", "材料", "测绘", "建筑设计", "航道勘察", "食品检测", "计量测试", "信息技术", "城市规划", "水利",
			"电力设计", "船舶设计" };

	private static final String[][] VENUES = { { "图书馆", "图书馆" }, { "文化馆", "文化馆" }, { "档案馆", "档案馆" }, { "体育中心", "体育中心" },
			{ "少年宫", "少年宫" }, { "青少年活动中心", "青少年中心" }, { "科技馆", "科技馆" } };

	private static final String[][] STATE_FIRMS = { { "中国工商银行上海市虹口支行", "营业网点", "工行" }, { "中国银行上海市虹口支行", "网点", "中行" },
			{ "国网上海市区供电公司", "供电服务中心", "供电中心" }, { "中国邮政集团上海市虹口区分公司", "支局", "邮政支局" }, { "上海申通地铁", "站区", "站区" },
			{ "中国移动上海公司", "营业厅", "移动营业厅" }, { "中国电信上海公司", "营业厅", "电信营业厅" }, { "上海燃气市北销售有限公司", "服务站", "燃气站" },
			{ "上海城投水务集团", "供水管理所", "供水所" }, { "上海久事公交", "公交停车场", "公交场" } };

	private static final String[] STATE_GROUPS = { "上海城建", "上海电气", "上海建工", "上海隧道", "上海地产", "上海国际港务", "上海仪电", "上海华谊" };

	private static final String[] STATE_GROUP_KINDS = { "研发中心", "设计研究院", "工程有限公司", "科技有限公司", "物业服务有限公司" };

	private static final String[][] SOCIAL = { { "社会工作服务中心", "社工中心" }, { "青少年发展中心", "青少年中心" }, { "养老服务促进会", "养老促进会" },
			{ "公益服务社", "公益社" }, { "心理咨询服务中心", "心理中心" }, { "助残服务中心", "助残中心" }, { "文化发展促进会", "文促会" },
			{ "志愿服务中心", "志愿中心" }, { "教育培训中心", "培训中心" }, { "社区基金会", "基金会" } };

	private static final String[][] OTHERS = { { "地区商会", "商会" }, { "商务楼宇联合会", "楼宇联合会" }, { "个体劳动者协会", "个协" },
			{ "农贸市场经营管理有限公司", "农贸市场" } };

	private final Random random;

	private final Set<String> unitNames = new HashSet<>();

	Names(Random random) {
		this.random = random;
	}

	/**
	 * Residential-area names, distinct.
	 * @param count how many
	 * @return names such as 玉田新村 or 赤峰路
	 */
	List<String> areas(int count) {
		Set<String> names = new java.util.LinkedHashSet<>();
		int round = 0;
		while (names.size() < count) {
			for (int i = 0; i < PLACES.length && names.size() < count; i++) {
				String form = AREA_FORMS[(i + round * 3) % AREA_FORMS.length];
				String ordinal = round == 0 ? "" : ORDINALS[Math.min(round + 1, ORDINALS.length - 1)];
				names.add(PLACES[i] + ordinal + form);
			}
			round++;
		}
		return List.copyOf(names);
	}

	String person() {
		return pick(SURNAMES) + pick(GIVEN);
	}

	/**
	 * A new unit's full and short name.
	 * @param category its category
	 * @param subType its institution type (public institutions)
	 * @return {name, short name}
	 */
	String[] unit(UnitCategory category, @Nullable InstitutionType subType) {
		for (int attempt = 0; attempt < 30; attempt++) {
			String[] n = candidate(category, subType);
			if (this.unitNames.add(n[0])) {
				return n;
			}
		}
		for (int k = 2;; k++) {
			String[] n = candidate(category, subType);
			String name = n[0] + "（第" + k + "分部）";
			if (this.unitNames.add(name)) {
				return new String[] { name, n[1] };
			}
		}
	}

	private String[] candidate(UnitCategory category, @Nullable InstitutionType subType) {
		String place = pick(PLACES);
		return switch (category) {
			case PARTY_GOVERNMENT -> {
				String[] a = pick(AGENCIES);
				yield new String[] { a[0] + place + a[1], place + a[2] };
			}
			case PUBLIC_INSTITUTION -> switch (subType == null ? InstitutionType.OTHER : subType) {
				case SCHOOL -> {
					String[] s = pick(SCHOOLS);
					yield new String[] { "上海市" + place + s[0], place + s[1] };
				}
				case HOSPITAL -> {
					String[] h = pick(HOSPITALS);
					yield new String[] { "上海" + place + h[0], place + h[1] };
				}
				case RESEARCH -> {
					String field = pick(RESEARCH);
					String kind = this.random.nextBoolean() ? "研究所" : "研究院";
					String brand = pick(BRANDS);
					yield new String[] { "上海" + brand + field + kind, brand + field.substring(0, 2) + kind.charAt(2) };
				}
				case OTHER -> {
					String[] v = pick(VENUES);
					yield new String[] { "上海市虹口区" + place + v[0], place + v[1] };
				}
			};
			case STATE_OWNED -> {
				if (this.random.nextInt(3) == 0) {
					String group = pick(STATE_GROUPS);
					String kind = pick(STATE_GROUP_KINDS);
					yield new String[] { group + place + kind, group.substring(2) + place };
				}
				String[] f = pick(STATE_FIRMS);
				yield new String[] { f[0] + place + f[1], place + f[2] };
			}
			case NON_PUBLIC -> {
				String brand = pick(BRANDS);
				if (this.random.nextInt(8) == 0) {
					String[] f = pick(FIRMS);
					yield new String[] { "上海" + brand + f[0], brand + f[1] };
				}
				String[] i = pick(INDUSTRIES);
				yield new String[] { "上海" + brand + i[0] + "有限公司", brand + i[1] };
			}
			case SOCIAL_ORGANISATION -> {
				String[] s = pick(SOCIAL);
				String owner = this.random.nextBoolean() ? "上海" + pick(BRANDS) : "虹口区" + place;
				yield new String[] { owner + s[0], owner.substring(2) + s[1] };
			}
			case OTHER -> {
				String[] o = pick(OTHERS);
				yield new String[] { "上海市" + place + o[0], place + o[1] };
			}
		};
	}

	<T> T pick(T[] values) {
		return values[this.random.nextInt(values.length)];
	}

}
