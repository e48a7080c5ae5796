/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;

import dev.upskill.model.LearningPlan;
import dev.upskill.model.PlanStep;
import dev.upskill.model.Profile;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.UpskillFactory;
import dev.upskill.model.UpskillPackage.Literals;
import dev.upskill.model.provider.UpskillItemProviderAdapterFactory;
import dev.upskill.ui.internal.editors.LabelledEditingDomain;

/** Edit > Undo says what it undoes: the model editors' commands are named after the feature or the element. */
class CommandLabelsTest {

	private final LabelledEditingDomain domain = new LabelledEditingDomain(new ComposedAdapterFactory(List.of(
			new UpskillItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory())), new BasicCommandStack(), new HashMap<>());

	@Test
	void setAddAndRemoveNameWhatTheyChange() {
		UpskillFactory f = UpskillFactory.eINSTANCE;
		Profile profile = f.createProfile();
		SkillAssessment assessment = f.createSkillAssessment();
		assertEquals("Add Skill Assessment", AddCommand.create(domain, profile, Literals.PROFILE__ASSESSMENTS, assessment).getLabel());
		profile.getAssessments().add(assessment);
		assertEquals("Set Level", SetCommand.create(domain, assessment, Literals.SKILL_ASSESSMENT__LEVEL, 3).getLabel());
		assertEquals("Set Weekly Hours", SetCommand.create(domain, profile, Literals.PROFILE__WEEKLY_HOURS, 5.0).getLabel());
		LearningPlan plan = f.createLearningPlan();
		PlanStep one = f.createPlanStep();
		PlanStep two = f.createPlanStep();
		plan.getSteps().addAll(List.of(one, two));
		assertEquals("Remove Plan Step", RemoveCommand.create(domain, plan, Literals.LEARNING_PLAN__STEPS, one).getLabel());
		assertEquals("Remove Plan Steps", RemoveCommand.create(domain, plan, Literals.LEARNING_PLAN__STEPS, List.of(one, two)).getLabel());
	}

	@Test
	void sharedCommandsKeepTheirOwnLabel() {
		String before = UnexecutableCommand.INSTANCE.getLabel();
		// A profile holds no plan steps: EMF answers with its shared unexecutable command.
		Command impossible = AddCommand.create(domain, UpskillFactory.eINSTANCE.createProfile(), null, UpskillFactory.eINSTANCE.createPlanStep());
		assertSame(UnexecutableCommand.INSTANCE, impossible);
		assertEquals(before, UnexecutableCommand.INSTANCE.getLabel());
		assertNotEquals("Add Plan Step", UnexecutableCommand.INSTANCE.getLabel());
	}
}
