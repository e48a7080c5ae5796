/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.wizards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.FrameworkUris;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.AssessmentSource;
import dev.upskill.model.NamedElement;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillFactory;
import dev.upskill.model.validation.Scales;
import dev.upskill.ui.internal.preferences.ProfileDefaults;

/**
 * New Profile: asks the questions the guide starts with (who, current role, target role, hours a
 * week, budget) and pre-fills a self-assessment, dated today at the lowest level, for each skill
 * the target role requires, ready to be rated in the editor.
 */
public class NewProfileWizard extends NewModelFileWizard {

	public static final String ID = "dev.upskill.ui.wizards.profile";

	private QuestionsPage questions;

	public NewProfileWizard() {
		super("Profile", "profile");
	}

	@Override
	protected void addQuestionPages() {
		questions = new QuestionsPage();
		addPage(questions);
	}

	@Override
	protected EObject createModel(String id) {
		return createProfile(id, questions.person.getText().trim(), questions.role(questions.currentRole), questions.role(questions.targetRole),
				questions.hours.getSelection(), new BigDecimal(questions.budget.getSelection()), questions.currency.getText().trim());
	}

	/** The profile the answers describe; its target role's skills pre-assessed at the lowest level. */
	public static Profile createProfile(String id, String person, Role current, Role target, double weeklyHours, BigDecimal budget,
			String currency) {
		UpskillFactory f = UpskillFactory.eINSTANCE;
		Profile profile = f.createProfile();
		profile.setId(id);
		profile.setName(person.isEmpty() ? id : person);
		profile.setPerson(person.isEmpty() ? null : person);
		if (current != null) {
			profile.setCurrentRole(proxy(current));
			profile.setCurrentRoleTitle(current.getName());
		}
		profile.setWeeklyHours(weeklyHours);
		profile.setBudget(budget);
		profile.setCurrency(currency.isEmpty() ? "USD" : currency);
		if (target != null) {
			profile.getTargetRoles().add(proxy(target));
			for (SkillRequirement requirement : target.getRequirements()) {
				Skill skill = requirement.getSkill();
				if (skill == null || skill.eIsProxy()) {
					continue;
				}
				SkillAssessment assessment = f.createSkillAssessment();
				assessment.setSkill(proxy(skill));
				ProficiencyScale scale = Scales.of(skill);
				assessment.setLevel(scale == null || scale.getLevels().isEmpty() ? 0
						: scale.getLevels().stream().mapToInt(l -> l.getValue()).min().getAsInt());
				assessment.setSource(AssessmentSource.SELF);
				assessment.setDate(LocalDate.now());
				assessment.setNote("Pre-filled for " + target.getName() + "; rate yourself.");
				profile.getAssessments().add(assessment);
			}
		}
		return profile;
	}

	/** A reference to a contributed element by its framework address, so the file stays portable. */
	@SuppressWarnings("unchecked")
	private static <T extends EObject> T proxy(T element) {
		String key = SkillKeys.of((NamedElement) element);
		String framework = key.substring(0, key.indexOf('#'));
		T proxy = (T) UpskillFactory.eINSTANCE.create(element.eClass());
		((InternalEObject) proxy).eSetProxyURI(FrameworkUris.of(framework, ((NamedElement) element).getId()));
		return proxy;
	}

	/** The questions. */
	final class QuestionsPage extends WizardPage {
		Text person;
		Combo currentRole;
		Combo targetRole;
		Spinner hours;
		Spinner budget;
		Text currency;
		private final List<Role> roles = new ArrayList<>();

		QuestionsPage() {
			super("questions");
			setTitle("About you");
			setDescription("Where you are, where you want to go, and what you can spend on learning.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
			FrameworkRegistry registry = registry();
			if (registry != null) {
				roles.addAll(registry.getAllRoles());
			}
			String[] names = roles.stream().map(r -> r.getName() + "  [" + SkillKeys.of(r) + "]").toArray(String[]::new);
			person = text(page, "Your name");
			currentRole = combo(page, "Your current role", names);
			targetRole = combo(page, "The role you want", names);
			new Label(page, SWT.NONE).setText("Hours a week for learning");
			hours = new Spinner(page, SWT.BORDER);
			hours.setValues(Math.max(1, Math.min(60, ProfileDefaults.weeklyHours())), 1, 60, 0, 1, 5);
			new Label(page, SWT.NONE).setText("Budget");
			budget = new Spinner(page, SWT.BORDER);
			budget.setValues(Math.max(0, Math.min(100000, ProfileDefaults.budget())), 0, 100000, 0, 100, 1000);
			currency = text(page, "Currency");
			currency.setText(ProfileDefaults.currency());
			Label hint = new Label(page, SWT.WRAP);
			hint.setText("The guide suggests 5-10 hours a week. The new profile lists the skills of the role you want,"
					+ " at the lowest level, for you to rate.");
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(hint);
			setControl(page);
		}

		private Text text(Composite page, String label) {
			new Label(page, SWT.NONE).setText(label);
			Text text = new Text(page, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
			return text;
		}

		private Combo combo(Composite page, String label, String[] items) {
			new Label(page, SWT.NONE).setText(label);
			Combo combo = new Combo(page, SWT.READ_ONLY);
			combo.setItems(items);
			combo.setVisibleItemCount(15);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
			return combo;
		}

		Role role(Combo combo) {
			int index = combo.getSelectionIndex();
			return index < 0 ? null : roles.get(index);
		}
	}
}
