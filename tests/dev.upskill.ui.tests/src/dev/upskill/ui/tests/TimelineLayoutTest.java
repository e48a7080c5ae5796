/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.upskill.core.plan.timeline.TimelineLayout;
import dev.upskill.core.plan.timeline.TimelineLayout.Box;
import dev.upskill.core.plan.timeline.WeeklyLoad;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.PlanStep;
import dev.upskill.model.ResourceKind;
import dev.upskill.model.StepStatus;
import dev.upskill.model.UpskillFactory;
import dev.upskill.ui.internal.plan.TimelineText;

/** The timeline's geometry and weekly load on a small plan built here, with hand-computed values. */
class TimelineLayoutTest {

	private static final UpskillFactory F = UpskillFactory.eINSTANCE;
	private static final int WEEK = 21;
	private static final int GUTTER = 40;
	private static final TimelineLayout.Metrics METRICS = new TimelineLayout.Metrics(WEEK, 15, GUTTER);

	private final LearningPlan plan = F.createLearningPlan();
	// 30 h over weeks 1-3: 10 h a week
	private final PlanStep course = step("Course", ResourceKind.COURSE, 30, 1, 3, StepStatus.DONE);
	// 12 h over weeks 3-6: 3 h a week
	private final PlanStep book = step("Book", ResourceKind.BOOK, 12, 3, 6, StepStatus.PLANNED);
	// 8 h over weeks 1-8: 1 h a week, alongside the others
	private final PlanStep meetup = step("Meetup", ResourceKind.MEETUP, 8, 1, 8, StepStatus.IN_PROGRESS);
	// dropped: asks for nothing
	private final PlanStep project = step("Project", ResourceKind.PROJECT, 100, 2, 5, StepStatus.DROPPED);

	TimelineLayoutTest() {
		plan.setStartDate(LocalDate.of(2026, 1, 5));
		plan.setEndDate(LocalDate.of(2026, 3, 1)); // day 55: in week 8
		plan.setWeeklyHours(5);
	}

	private PlanStep step(String name, ResourceKind kind, double hours, int start, int end, StepStatus status) {
		LearningResource resource = F.createLearningResource();
		resource.setId("res." + name.toLowerCase());
		resource.setName(name);
		resource.setKind(kind);
		resource.setHours(hours);
		PlanStep step = F.createPlanStep();
		step.setResource(resource);
		step.setStartWeek(start);
		step.setEndWeek(end);
		step.setStatus(status);
		plan.getSteps().add(step);
		return step;
	}

	@Test
	void weeklyLoadSpreadsEachStepsHoursOverItsWeeks() {
		WeeklyLoad load = WeeklyLoad.of(plan, 8);
		double[] expected = { 11, 11, 14, 4, 4, 4, 1, 1 };
		for (int week = 1; week <= expected.length; week++) {
			assertEquals(expected[week - 1], load.hours(week), 1e-9, "week " + week);
			assertEquals(expected[week - 1] > 5, load.over(week), "week " + week + " over 5 h");
		}
		assertEquals(3, load.weeksOver());
		assertEquals(14, load.max(), 1e-9);
		assertEquals(0, load.hours(0));
		assertEquals(0, load.hours(9));
		assertEquals(0, WeeklyLoad.hoursPerWeek(project), "a dropped step asks for nothing");

		project.setStatus(StepStatus.PLANNED); // now 25 h a week in weeks 2-5
		assertEquals(36, WeeklyLoad.of(plan, 8).hours(2), 1e-9);
	}

	@Test
	void aStepEndingBeforeItStartsLastsOneWeekAndAMissingResourceCountsNothing() {
		book.setEndWeek(2); // starts in week 3
		assertEquals(12, WeeklyLoad.hoursPerWeek(book), 1e-9);
		assertEquals(10 + 12 + 1, WeeklyLoad.of(plan, 8).hours(3), 1e-9);
		book.setResource(null);
		assertEquals(0, WeeklyLoad.hoursPerWeek(book));
		assertEquals("(no learning resource)", TimelineLayout.label(book));
	}

	@Test
	void weeksRunToTheLastStepOrTheDeadlinesWeek() {
		assertEquals(8, TimelineLayout.weeks(plan));
		plan.setEndDate(LocalDate.of(2026, 4, 6)); // day 91: the first day of week 14
		assertEquals(14, TimelineLayout.weeks(plan));
		plan.setEndDate(null);
		course.setEndWeek(20);
		assertEquals(20, TimelineLayout.weeks(plan));
	}

	@Test
	void barsSpanTheirWeeksOneRowPerStep() {
		TimelineLayout layout = new TimelineLayout(plan, null, METRICS);
		assertEquals(GUTTER, layout.x(1));
		assertEquals(GUTTER + 2 * WEEK, layout.x(3));
		assertEquals(plan.getSteps().size(), layout.bars().size());
		Box bookBar = layout.bar(book).box();
		assertEquals(layout.x(3), bookBar.x());
		assertEquals(layout.x(7) - 1, bookBar.right(), "the bar ends with week 6");
		assertEquals(1, layout.bar(book).row());
		assertTrue(layout.bar(book).rowBox().y() > layout.bar(course).rowBox().y());
		assertTrue(layout.bar(meetup).recurring());
		assertFalse(layout.bar(course).recurring());
		assertTrue(layout.rows().y() >= layout.header().bottom());
		assertTrue(layout.loadChart().y() > layout.rows().bottom());
		assertTrue(layout.legend().y() > layout.loadChart().bottom());
	}

	@Test
	void hitTestingFindsTheStepOfARowAndTheWeekOfALoadBar() {
		TimelineLayout layout = new TimelineLayout(plan, null, METRICS);
		for (TimelineLayout.Bar bar : layout.bars()) {
			assertEquals(bar.step(), layout.stepAt(bar.box().centerX(), bar.box().centerY()));
		}
		Box bookBar = layout.bar(book).box();
		assertNull(layout.stepAt(GUTTER - 1, bookBar.centerY()), "the gutter is no row");
		assertNull(layout.stepAt(bookBar.centerX(), layout.rows().bottom() + 1));
		assertEquals(3, layout.weekAt(layout.x(3)));
		assertEquals(3, layout.weekAt(layout.x(4) - 1));
		assertEquals(0, layout.weekAt(layout.x(9)));
		Box week3 = layout.loadBar(3);
		assertEquals(3, layout.loadWeekAt(week3.centerX(), week3.centerY()));
		assertEquals(0, layout.loadWeekAt(week3.centerX(), layout.rows().y()));
		assertTrue(layout.loadBar(3).height() > layout.loadBar(4).height(), "14 h is taller than 4 h");
		assertEquals(layout.loadChart().bottom(), layout.loadY(0));
		assertTrue(layout.loadY(plan.getWeeklyHours()) > layout.loadChart().y());
	}

	@Test
	void todayAndDeadlineLinesAndMonths() {
		TimelineLayout layout = new TimelineLayout(plan, LocalDate.of(2026, 1, 20), METRICS); // day 15
		assertEquals(GUTTER + Math.round(15 * WEEK / 7.0f), layout.todayX());
		assertEquals(layout.x(9), layout.deadlineX(), "the end of 1 March, the last day of week 8");
		assertNull(new TimelineLayout(plan, LocalDate.of(2026, 1, 4), METRICS).todayX(), "before the start");
		assertNull(new TimelineLayout(plan, LocalDate.of(2026, 3, 2), METRICS).todayX(), "after the last week");
		plan.setEndDate(null);
		assertNull(new TimelineLayout(plan, null, METRICS).deadlineX());

		List<TimelineLayout.Month> months = layout.months();
		assertEquals(List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)),
				months.stream().map(TimelineLayout.Month::first).toList());
		assertEquals(layout.x(1), months.get(0).x());
		assertEquals(months.get(1).x(), months.get(0).endX());
		assertEquals(layout.x(9), months.get(2).endX());
	}

	@Test
	void weekNumbersAreSpacedSoTheyFit() {
		assertEquals(1, new TimelineLayout(plan, null, METRICS).weekLabelStep(14));
		assertEquals(4, new TimelineLayout(plan, null, new TimelineLayout.Metrics(8, 15, GUTTER)).weekLabelStep(14));
	}

	@Test
	void tooltipsNameWeeksHoursAndStatus() {
		String text = TimelineText.tooltip(plan, book);
		assertTrue(text.startsWith("Book\nWeeks 3-6 (4 weeks), 19 Jan 2026 to 15 Feb 2026\n12 h, 3 h a week"), text);
		assertTrue(text.endsWith("Status: planned"), text);
		assertTrue(TimelineText.tooltip(plan, meetup).contains("Recurring (meetup)"));
		String week3 = TimelineText.tooltip(plan, WeeklyLoad.of(plan, 8), 3);
		assertEquals("Week 3 (from 19 Jan 2026)\n14 h planned of 5 h a week: 9 h over\n  10 h  Course\n  3 h  Book\n  1 h  Meetup", week3);
	}
}
