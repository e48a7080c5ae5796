/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.wizards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

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
import dev.upskill.ui.internal.frameworks.AllFrameworks;
import dev.upskill.ui.internal.frameworks.WorkspaceFrameworks;
import dev.upskill.ui.internal.preferences.ProfileDefaults;
import dev.upskill.ui.internal.table.MoneyText;
import dev.upskill.ui.internal.wizards.RolePicker.Choice;

/**
 * New Profile: asks the questions the guide starts with: who, hours a week and budget; the current
 * job (any title, a role of any installed framework, or none) and, when it is a framework's role,
 * whether to pre-fill its skills at their required levels as a self-assessment; and the role wanted,
 * whose other skills are pre-filled at the lowest level, ready to be rated in the editor. The roles
 * are read in a Job.
 */
public class NewProfileWizard extends NewModelFileWizard {

	public static final String ID = "dev.upskill.ui.wizards.profile";

	/** What the person answered; {@code current} and {@code target} may be null, {@code budget} null for no limit. */
	public record Answers(String person, String jobTitle, Role current, boolean prefillCurrent, Role target, double weeklyHours,
			BigDecimal budget, String currency) {
	}

	private AboutPage about;
	private CurrentRolePage currentRole;
	private TargetRolePage targetRole;
	private List<Choice> choices;
	private String loadFailure;
	private Job loading;

	public NewProfileWizard() {
		super("Profile", "profile");
	}

	@Override
	protected void addQuestionPages() {
		about = new AboutPage();
		currentRole = new CurrentRolePage();
		targetRole = new TargetRolePage();
		addPage(about);
		addPage(currentRole);
		addPage(targetRole);
		load();
	}

	/** Reads the roles of every installed framework and workspace framework file in a Job; the role pages show them when it is done. */
	private void load() {
		AllFrameworks frameworks = AllFrameworks.of(workbench);
		Display display = Display.getCurrent();
		loading = new Job("Loading frameworks") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<Choice> read = null;
				String failure = null;
				try {
					AllFrameworks.Snapshot all = frameworks.read(monitor);
					read = RolePicker.choices(all);
					if (frameworks.registry() == null && read.isEmpty()) {
						read = null;
						failure = "The installed frameworks are not available: type your job title; the roles cannot be listed.";
					}
				} catch (RuntimeException e) {
					failure = "The frameworks could not be read (see the Error Log): type your job title.";
					ILog.of(NewProfileWizard.class).error("Listing the roles of the frameworks failed", e);
				}
				List<Choice> done = read;
				String problem = failure;
				if (display != null && !display.isDisposed()) {
					display.asyncExec(() -> {
						choices = done;
						loadFailure = problem;
						showChoices();
					});
				}
				return Status.OK_STATUS;
			}
		};
		loading.setUser(false);
		loading.schedule();
	}

	private void showChoices() {
		for (RolePicker picker : new RolePicker[] { currentRole.picker, targetRole.picker }) {
			if (picker == null || picker.table().getControl().isDisposed()) {
				continue;
			}
			if (choices != null) {
				picker.setChoices(choices);
			} else if (loadFailure != null) {
				picker.setFailure(loadFailure);
			}
		}
	}

	@Override
	public void dispose() {
		if (loading != null) {
			loading.cancel();
		}
		super.dispose();
	}

	@Override
	public boolean canFinish() {
		return filePage.isPageComplete() && about.isPageComplete();
	}

	@Override
	protected EObject createModel(String id) {
		return createProfile(id, answers());
	}

	/** The answers as the pages hold them now. */
	public Answers answers() {
		Choice current = currentRole.picker.selected();
		Choice target = targetRole.picker.selected();
		String title = currentRole.jobTitle.getText().strip();
		return new Answers(about.person.getText().strip(), title.isEmpty() && current != null ? current.name() : title,
				current == null ? null : current.role(), current != null && currentRole.prefill.getSelection(),
				target == null ? null : target.role(), about.hours.getSelection(), MoneyText.parse(about.budget.getText()),
				about.currency.getText().strip().toUpperCase(Locale.ROOT));
	}

	/**
	 * The profile the answers describe: the current role's skills at their required levels when it is
	 * to be pre-filled, then the target role's other skills at the lowest level; each a self-assessment
	 * dated today whose note says where it comes from.
	 */
	public static Profile createProfile(String id, Answers answers) {
		UpskillFactory f = UpskillFactory.eINSTANCE;
		Profile profile = f.createProfile();
		profile.setId(id);
		String person = answers.person() == null ? "" : answers.person().strip();
		profile.setName(person.isEmpty() ? id : person);
		profile.setPerson(person.isEmpty() ? null : person);
		Role current = answers.current();
		if (current != null) {
			profile.setCurrentRole(proxy(current));
		}
		String title = answers.jobTitle() == null ? "" : answers.jobTitle().strip();
		profile.setCurrentRoleTitle(!title.isEmpty() ? title : current != null ? current.getName() : null);
		profile.setWeeklyHours(answers.weeklyHours());
		profile.setBudget(answers.budget());
		profile.setCurrency(answers.currency() == null || answers.currency().isBlank() ? "USD" : answers.currency());
		Set<String> assessed = new HashSet<>();
		LocalDate today = LocalDate.now();
		if (current != null && answers.prefillCurrent()) {
			String note = "Pre-filled from your current role, " + current.getName() + ", at the level it requires; adjust it to yours.";
			for (SkillRequirement requirement : current.getRequirements()) {
				Skill skill = requirement.getSkill();
				if (skill != null && !skill.eIsProxy() && assessed.add(SkillKeys.of(skill))) {
					profile.getAssessments().add(assessment(skill, requirement.getLevel(), today, note));
				}
			}
		}
		Role target = answers.target();
		if (target != null) {
			profile.getTargetRoles().add(proxy(target));
			String note = "Pre-filled for " + target.getName() + "; rate yourself.";
			for (SkillRequirement requirement : target.getRequirements()) {
				Skill skill = requirement.getSkill();
				if (skill != null && !skill.eIsProxy() && assessed.add(SkillKeys.of(skill))) {
					ProficiencyScale scale = Scales.of(skill);
					int lowest = scale == null || scale.getLevels().isEmpty() ? 0
							: scale.getLevels().stream().mapToInt(l -> l.getValue()).min().getAsInt();
					profile.getAssessments().add(assessment(skill, lowest, today, note));
				}
			}
		}
		return profile;
	}

	private static SkillAssessment assessment(Skill skill, int level, LocalDate date, String note) {
		SkillAssessment assessment = UpskillFactory.eINSTANCE.createSkillAssessment();
		assessment.setSkill(proxy(skill));
		assessment.setLevel(level);
		assessment.setSource(AssessmentSource.SELF);
		assessment.setDate(date);
		assessment.setNote(note);
		return assessment;
	}

	/**
	 * A reference to a contributed element by its framework address, so the file stays portable; to
	 * an element of a workspace framework file by that file's address (saved relative to the profile).
	 */
	@SuppressWarnings("unchecked")
	private static <T extends EObject> T proxy(T element) {
		T proxy = (T) UpskillFactory.eINSTANCE.create(element.eClass());
		if (WorkspaceFrameworks.isWorkspace(element)) {
			((InternalEObject) proxy).eSetProxyURI(EcoreUtil.getURI(element));
			return proxy;
		}
		String key = SkillKeys.of((NamedElement) element);
		String framework = key.substring(0, key.indexOf('#'));
		((InternalEObject) proxy).eSetProxyURI(FrameworkUris.of(framework, ((NamedElement) element).getId()));
		return proxy;
	}

	// The pages, for tests.

	public AboutPage aboutPage() {
		return about;
	}

	public CurrentRolePage currentRolePage() {
		return currentRole;
	}

	public TargetRolePage targetRolePage() {
		return targetRole;
	}

	/** Who, and what they can spend on learning; checked as it is typed. */
	public final class AboutPage extends WizardPage {
		Text person;
		Spinner hours;
		Text budget;
		private Label noLimit;
		Text currency;

		AboutPage() {
			super("about");
			setTitle("About you");
			setDescription("Who you are, and the time and money you can spend on learning.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
			person = text(page, "Your name");
			new Label(page, SWT.NONE).setText("Hours a week for learning");
			hours = new Spinner(page, SWT.BORDER);
			hours.setValues(Math.max(1, Math.min(60, ProfileDefaults.weeklyHours())), 1, 60, 0, 1, 5);
			new Label(page, SWT.NONE).setText("Budget");
			Composite money = new Composite(page, SWT.NONE);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(money);
			GridLayoutFactory.fillDefaults().numColumns(2).applyTo(money);
			budget = new Text(money, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(budget);
			noLimit = new Label(money, SWT.NONE);
			noLimit.setText("no limit");
			budget.setToolTipText("The money you can spend on courses, books and exams; leave it empty for no limit.");
			budget.setText(ProfileDefaults.budget() < 0 ? "" : Integer.toString(ProfileDefaults.budget()));
			currency = text(page, "Currency");
			currency.setText(ProfileDefaults.currency());
			Label hint = new Label(page, SWT.WRAP);
			hint.setText("The guide suggests 5-10 hours a week. Leave the budget empty for no limit; 0 means free resources only.");
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(hint);
			budget.addModifyListener(e -> validate());
			currency.addModifyListener(e -> validate());
			setControl(page);
			validate();
		}

		private void validate() {
			noLimit.setVisible(budget.getText().isBlank());
			String problem = problem();
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}

		/** The first problem of what is typed, in words, or null. */
		String problem() {
			try {
				MoneyText.parse(budget.getText());
			} catch (IllegalArgumentException e) {
				return "Budget: " + e.getMessage() + ". Leave it empty for no limit.";
			}
			String code = currency.getText().strip();
			if (!code.matches("[A-Za-z]{3}")) {
				return "Currency: " + (code.isEmpty() ? "it is empty" : "'" + code + "' is not a three-letter code")
						+ "; give one such as USD or EUR.";
			}
			return null;
		}

		public Text personField() {
			return person;
		}

		public Spinner hoursField() {
			return hours;
		}

		public Text budgetField() {
			return budget;
		}

		public Text currencyField() {
			return currency;
		}

		/** Whether the page says "no limit" beside the budget. */
		public boolean noLimitShown() {
			return noLimit.getVisible();
		}
	}

	/** The current job: any title, a framework's role (optional), and whether to pre-fill its skills. */
	public final class CurrentRolePage extends WizardPage {
		Text jobTitle;
		RolePicker picker;
		Button prefill;
		/** The title this page put in from the picked role: replaced when another role is picked, a typed one is kept. */
		private String filledTitle = "";

		CurrentRolePage() {
			super("currentRole");
			setTitle("Your current role");
			setDescription("Type your job title. If a role of an installed framework matches it, pick it too; or skip this.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
			jobTitle = text(page, "Job title");
			jobTitle.setMessage("for example Teacher, Nurse, Accountant");
			Label label = new Label(page, SWT.WRAP);
			label.setText("The matching role in an installed framework (optional):");
			GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
			picker = new RolePicker(page, "No matching role", this::picked);
			prefill = new Button(page, SWT.CHECK);
			prefill.setSelection(true);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(prefill);
			Label hint = new Label(page, SWT.WRAP);
			hint.setText("Pre-filled skills are a self-assessment dated today, at the levels the role requires; you then adjust"
					+ " them in the profile editor instead of starting from zero.");
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(500, SWT.DEFAULT).applyTo(hint);
			setControl(page);
			picked(null);
			showChoices();
		}

		private void picked(Choice choice) {
			if (choice != null) {
				String typed = jobTitle.getText().strip();
				if (typed.isEmpty() || typed.equals(filledTitle)) {
					jobTitle.setText(choice.name());
					filledTitle = choice.name();
				}
				int skills = choice.role().getRequirements().size();
				prefill.setText("Pre-fill my skills with the " + skills + " that " + choice.name() + " requires, at its required levels");
			} else {
				prefill.setText("Pre-fill my skills with those the role requires, at its required levels (pick a role first)");
			}
			prefill.setEnabled(choice != null);
			prefill.getParent().layout(true, true);
		}

		public Text jobTitleField() {
			return jobTitle;
		}

		public RolePicker picker() {
			return picker;
		}

		public Button prefillField() {
			return prefill;
		}
	}

	/** The role wanted, from any installed framework (optional). */
	public final class TargetRolePage extends WizardPage {
		RolePicker picker;

		TargetRolePage() {
			super("targetRole");
			setTitle("The role you want");
			setDescription("Pick the role you aim for; the new profile lists its skills for you to rate. You can add more later.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
			picker = new RolePicker(page, "Not yet decided", choice -> {
				// any choice, or none, is complete
			});
			setControl(page);
			showChoices();
		}

		public RolePicker picker() {
			return picker;
		}
	}

	private static Text text(Composite page, String label) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}
}
