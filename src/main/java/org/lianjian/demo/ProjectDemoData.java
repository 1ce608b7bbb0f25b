package org.lianjian.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.lianjian.project.ContributionKind;
import org.lianjian.project.MilestoneForm;
import org.lianjian.project.PartnerForm;
import org.lianjian.project.ProjectForm;
import org.lianjian.project.ProjectService;
import org.lianjian.project.ProjectStatus;
import org.lianjian.project.ProjectViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Seven service projects across the four seeded brands, with partner units and their
 * contributions, milestones done and pending, and a few links to agreement commitments.
 * Built through the project module's service, deterministic for a given {@link Random}.
 * The {@code liaison} account's unit (the first unit) partners in two of them.
 */
@Component
class ProjectDemoData {

	private static final Logger log = LoggerFactory.getLogger(ProjectDemoData.class);

	private record Spec(String name, String brand, ProjectStatus status, int startMonthsAgo, int months, int target,
			String goals, String[] roles, ContributionKind[] kinds, String[] contributions, String[] milestones) {
	}

	private static final List<Spec> SPECS = List.of(new Spec("曲阳中心医院护理院共建项目", "健康教育", ProjectStatus.ACTIVE, 8, 24, 600,
			"依托医院护理力量，为辖区失能半失能老人提供上门护理指导和家庭照护培训。", new String[] { "牵头实施单位", "协办单位" },
			new ContributionKind[] { ContributionKind.EXPERTISE, ContributionKind.VOLUNTEER_HOURS },
			new String[] { "派出护理骨干开展照护培训", "医务党员志愿服务" }, new String[] { "签订共建协议", "完成首批照护培训", "建立家庭照护档案", "年度总结评估" }),
			new Spec("市民驿站党群服务", "文明共建", ProjectStatus.ACTIVE, 14, 36, 3000, "在市民驿站开展便民服务、政策宣讲和议事协商，打造“家门口”的服务站。",
					new String[] { "场地提供方", "服务提供方", "资金支持方" },
					new ContributionKind[] { ContributionKind.VENUE, ContributionKind.VOLUNTEER_HOURS,
							ContributionKind.MONEY },
					new String[] { "提供会议室和活动室", "党员轮值便民服务", "资助驿站设备更新" },
					new String[] { "驿站挂牌", "便民服务清单发布", "季度议事会", "服务满意度调查" }),
			new Spec("创卫共建行动", "文明共建", ProjectStatus.COMPLETED, 20, 12, 5000, "联合驻区单位开展创建国家卫生城区环境整治和宣传动员。",
					new String[] { "主要参与单位", "宣传支持" },
					new ContributionKind[] { ContributionKind.VOLUNTEER_HOURS, ContributionKind.IN_KIND },
					new String[] { "组织职工参与环境整治", "捐赠清洁工具和宣传物资" }, new String[] { "启动动员", "背街小巷整治", "迎检准备", "总结表彰" }),
			new Spec("科普进社区", "科普活动", ProjectStatus.ACTIVE, 5, 18, 1200, "依托科普教育基地，每月走进一个居民区开展科普讲座和体验活动。",
					new String[] { "科普基地", "讲师团" },
					new ContributionKind[] { ContributionKind.VENUE, ContributionKind.EXPERTISE },
					new String[] { "开放科普展厅", "科技工作者担任讲师" },
					new String[] { "制定年度科普计划", "上半年六场讲座", "青少年科普夏令营", "下半年六场讲座" }),
			new Spec("健康讲座进楼宇", "健康教育", ProjectStatus.PREPARING, 0, 12, 800, "面向商圈楼宇白领开展职业健康、心理健康系列讲座。",
					new String[] { "讲座承办", "场地提供方" },
					new ContributionKind[] { ContributionKind.EXPERTISE, ContributionKind.VENUE },
					new String[] { "医生团队授课", "楼宇提供多功能厅" }, new String[] { "需求调研", "确定讲座主题", "首场讲座" }),
			new Spec("社区议事厅建言献策", "参政议政", ProjectStatus.ACTIVE, 10, 24, 400, "组织驻区单位代表参与社区议事，围绕民生实事提出意见建议。",
					new String[] { "议事代表单位", "专业咨询" },
					new ContributionKind[] { ContributionKind.EXPERTISE, ContributionKind.VOLUNTEER_HOURS },
					new String[] { "派员参加议事会并提供法律咨询", "代表走访调研" }, new String[] { "议事规则制定", "民生实事征集", "年度建议汇编" }),
			new Spec("青少年科学小课堂", "科普活动", ProjectStatus.SUSPENDED, 12, 12, 300, "寒暑假期间为辖区青少年开设科学实验小课堂。",
					new String[] { "课程提供方", "物资支持" },
					new ContributionKind[] { ContributionKind.EXPERTISE, ContributionKind.MONEY },
					new String[] { "教师开发实验课程", "资助实验耗材" }, new String[] { "课程设计", "寒假课堂", "暑假课堂" }));

	private final ProjectService projects;

	private final Clock clock;

	ProjectDemoData(ProjectService projects, Clock clock) {
		this.projects = projects;
		this.clock = clock;
	}

	/**
	 * Creates the demo projects.
	 * @param unitIds the demo units; the first is the {@code liaison} account's
	 * @param leadOrgId the organisation leading the projects
	 * @param random the demo data's random sequence
	 */
	void generate(List<Long> unitIds, Long leadOrgId, Random random) {
		Map<String, Long> brands = this.projects.brandOptions(null)
			.stream()
			.collect(Collectors.toMap(ProjectViews.Ref::name, ProjectViews.Ref::id, (a, b) -> a));
		List<ProjectViews.CommitmentRef> commitments = this.projects.commitmentOptions();
		LocalDate today = LocalDate.now(this.clock);
		int n = 0;
		for (int i = 0; i < SPECS.size(); i++) {
			Spec spec = SPECS.get(i);
			Long brand = brands.get(spec.brand());
			if (brand == null) {
				continue;
			}
			LocalDate start = today.minusMonths(spec.startMonthsAgo()).withDayOfMonth(1);
			LocalDate end = start.plusMonths(spec.months()).minusDays(1);
			List<PartnerForm> partners = new ArrayList<>();
			for (int p = 0; p < spec.kinds().length; p++) {
				// the liaison's unit partners in the first and the fourth project
				Long unit = (p == 0 && (i == 0 || i == 3)) ? unitIds.get(0)
						: unitIds.get(1 + random.nextInt(unitIds.size() - 1));
				if (partners.stream().anyMatch((x) -> unit.equals(x.unitId()))) {
					continue;
				}
				ContributionKind kind = spec.kinds()[p];
				BigDecimal amount = switch (kind) {
					case MONEY -> BigDecimal.valueOf(5000L * (1 + random.nextInt(10)));
					case VOLUNTEER_HOURS -> BigDecimal.valueOf(20L * (1 + random.nextInt(15)));
					case VENUE -> BigDecimal.valueOf(6 + random.nextInt(20));
					default -> BigDecimal.valueOf(2 + random.nextInt(10));
				};
				partners.add(new PartnerForm(unit, spec.roles()[p], kind, amount, spec.contributions()[p]));
			}
			List<MilestoneForm> milestones = new ArrayList<>();
			int count = spec.milestones().length;
			for (int m = 0; m < count; m++) {
				LocalDate due = start.plusMonths((long) spec.months() * (m + 1) / count).minusDays(1);
				boolean done = spec.status() == ProjectStatus.COMPLETED
						|| (due.isBefore(today) && random.nextInt(5) > 0);
				milestones.add(new MilestoneForm(null, spec.milestones()[m], due,
						done ? due.minusDays(random.nextInt(10)) : null));
			}
			List<Long> links = new ArrayList<>();
			if (!commitments.isEmpty() && i % 2 == 0) {
				links.add(commitments.get(random.nextInt(commitments.size())).commitmentId());
			}
			this.projects.create(new ProjectForm(spec.name(), brand, leadOrgId, spec.goals(), start, end, spec.status(),
					spec.target(), partners, milestones, links, null));
			n++;
		}
		log.info("Demo data: {} service projects", n);
	}

}
