/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.Framework;
import dev.upskill.model.LearningResource;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillFactory;
import dev.upskill.model.UpskillPackage.Literals;
import dev.upskill.ui.internal.editors.ModelGrid.Column;
import dev.upskill.ui.internal.editors.ModelGrid.Kind;

/**
 * The editor of {@code *.framework} files: an overview (name, version, publisher, licence,
 * source) and grids of the skills, roles, the roles' requirements and the learning resources; below
 * the roles the related roles of the selected one, below the resources what the selected one
 * teaches and needs first. Every grid has a context menu with the usual commands.
 */
public class FrameworkEditor extends ModelEditor {

	public static final String ID = "dev.upskill.ui.editors.framework";

	private Framework framework;
	private FormFields fields;
	private boolean following;
	/** The grids by page index (1 skills, 2 roles, 3 requirements, 4 resources), created when first shown. */
	private final Map<Integer, ModelGrid<?>> grids = new HashMap<>();
	private final DetailList<Role, Role> relatedRows = new DetailList<>(Role::getRelatedRoles);
	private final DetailList<LearningResource, SkillGain> gainRows = new DetailList<>(LearningResource::getGains);
	private final DetailList<LearningResource, SkillGain> prerequisiteRows = new DetailList<>(LearningResource::getPrerequisites);
	private ModelGrid<Role> relatedRoles;
	private ModelGrid<SkillGain> gains;
	private ModelGrid<SkillGain> prerequisites;
	private Label relatedTitle;
	private Label gainsTitle;

	@Override
	protected void addModelPages(EObject root) throws PartInitException {
		framework = (Framework) root;
		grids.clear();
		relatedRoles = null;
		gains = null;
		prerequisites = null;
		relatedRows.setMaster(null);
		gainRows.setMaster(null);
		prerequisiteRows.setMaster(null);
		if (!following) {
			following = true;
			getSite().getSelectionProvider().addSelectionChangedListener(
					event -> follow(((IStructuredSelection) event.getSelection()).getFirstElement()));
		}
		collectRequirements();
		addPage(new FormPage(this, "overview", "Overview") {
			@Override
			protected void createFormContent(IManagedForm managedForm) {
				ScrolledForm form = managedForm.getForm();
				FormToolkit toolkit = managedForm.getToolkit();
				form.setText(framework.getName() == null ? framework.getId() : framework.getName());
				toolkit.decorateFormHeading(form.getForm());
				GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(form.getBody());
				fields = new FormFields(FrameworkEditor.this, toolkit);
				Composite general = fields.section(form, "Framework", framework.getSkills().size() + " skills, "
						+ framework.getRoles().size() + " roles, " + framework.getResources().size() + " learning resources.");
				fields.field(general, "Name", framework, Literals.NAMED_ELEMENT__NAME, FormFields.Format.TEXT);
				fields.field(general, "Version", framework, Literals.FRAMEWORK__VERSION, FormFields.Format.TEXT);
				fields.field(general, "Description", framework, Literals.NAMED_ELEMENT__DESCRIPTION, FormFields.Format.TEXT);
				Composite origin = fields.section(form, "Origin", "Who publishes the content, where it comes from, and its licence.");
				fields.field(origin, "Publisher", framework, Literals.FRAMEWORK__PUBLISHER, FormFields.Format.TEXT);
				fields.field(origin, "Source", framework, Literals.FRAMEWORK__SOURCE_URI, FormFields.Format.TEXT);
				fields.field(origin, "Licence", framework, Literals.FRAMEWORK__LICENCE, FormFields.Format.TEXT);
				fields.refresh();
			}
		});
		gridPage(1, "skills", "Skills", Skill.class, () -> framework, Literals.FRAMEWORK__SKILLS, framework.getSkills(), List.of(
				Column.of("Name", Literals.NAMED_ELEMENT__NAME, Kind.TEXT, 260),
				Column.<Skill>derived("Id", 120, Skill::getId),
				Column.of("Kind", Literals.SKILL__KIND, Kind.ENUM, 90),
				Column.<Skill>derived("Category", 200, s -> s.getCategory() == null || s.getCategory().eIsProxy() ? ""
						: s.getCategory().getName()),
				Column.<Skill>derived("Also called", 320, s -> String.join(", ", s.getAliases()))), null);
		gridPage(2, "roles", "Roles", Role.class, () -> framework, Literals.FRAMEWORK__ROLES, framework.getRoles(), List.of(
				Column.of("Name", Literals.NAMED_ELEMENT__NAME, Kind.TEXT, 280),
				Column.<Role>derived("Id", 120, Role::getId),
				Column.of("Family", Literals.ROLE__FAMILY, Kind.TEXT, 180),
				Column.<Role>derived("Requirements", 110, r -> r.getRequirements().size()),
				Column.of("Description", Literals.NAMED_ELEMENT__DESCRIPTION, Kind.TEXT, 360)), this::relatedRolesGrid);
		gridPage(3, "requirements", "Requirements", SkillRequirement.class, null, null, requirements, List.of(
				Column.<SkillRequirement>derived("Role", 240, r -> ((Role) r.eContainer()).getName()),
				Column.<SkillRequirement>reference("Skill", Literals.SKILL_REQUIREMENT__SKILL, 260, this::skillChoices,
						AssessmentGrid::skillName),
				Column.of("Level", Literals.SKILL_REQUIREMENT__LEVEL, Kind.INTEGER, 60),
				Column.of("Importance", Literals.SKILL_REQUIREMENT__IMPORTANCE, Kind.ENUM, 100),
				Column.of("Weight", Literals.SKILL_REQUIREMENT__WEIGHT, Kind.NUMBER, 70)), null);
		gridPage(4, "resources", "Learning resources", LearningResource.class, () -> framework, Literals.FRAMEWORK__RESOURCES,
				framework.getResources(), List.of(
				Column.of("Title", Literals.NAMED_ELEMENT__NAME, Kind.TEXT, 320),
				Column.of("Kind", Literals.LEARNING_RESOURCE__KIND, Kind.ENUM, 100),
				Column.of("Provider", Literals.LEARNING_RESOURCE__PROVIDER, Kind.TEXT, 180),
				Column.of("Cost", Literals.LEARNING_RESOURCE__COST, Kind.MONEY, 80),
				Column.of("Currency", Literals.LEARNING_RESOURCE__CURRENCY, Kind.TEXT, 70),
				Column.of("Hours", Literals.LEARNING_RESOURCE__HOURS, Kind.NUMBER, 70),
				Column.of("URL", Literals.LEARNING_RESOURCE__URL, Kind.TEXT, 300)), this::gainGrids);
	}

	private <T extends EObject> void gridPage(int index, String id, String title, Class<T> type, Supplier<EObject> owner,
			EReference feature, List<T> elements, List<Column<T>> columns, BiConsumer<FormToolkit, Composite> details) {
		try {
			addPage(new FormPage(this, id, title) {
				@Override
				protected void createFormContent(IManagedForm managedForm) {
					ScrolledForm form = managedForm.getForm();
					managedForm.getToolkit().decorateFormHeading(form.getForm());
					GridLayoutFactory.swtDefaults().applyTo(form.getBody());
					ModelGrid<T> grid = new ModelGrid<>(form.getBody(), FrameworkEditor.this, elements, columns);
					form.setText(count(title, grid.rowCount(), elements.size()));
					grid.onRowsShown(() -> {
						if (!form.isDisposed()) {
							form.setText(count(title, grid.rowCount(), elements.size()));
						}
					});
					GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(ModelGrid.filterField(form.getBody(), grid));
					grid.table().moveBelow(null);
					GridDataFactory.fillDefaults().grab(true, true).hint(600, 300).applyTo(grid.table());
					ElementActions.forGrid(FrameworkEditor.this, grid, type, ID + "." + id, owner, feature);
					grids.put(index, grid);
					if (details != null) {
						details.accept(managedForm.getToolkit(), form.getBody());
					}
				}
			});
		} catch (PartInitException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	/** "Skills (14,000)", or "Skills (312 of 14,000)" when a filter hides some. */
	static String count(String title, int shown, int all) {
		return shown == all ? String.format(Locale.ROOT, "%s (%,d)", title, all)
				: String.format(Locale.ROOT, "%s (%,d of %,d)", title, shown, all);
	}

	/** Below the roles: the related roles of the selected role, added from every role this file can refer to. */
	private void relatedRolesGrid(FormToolkit toolkit, Composite parent) {
		Composite details = detailsArea(toolkit, parent, 1);
		relatedTitle = toolkit.createLabel(details, "");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(relatedTitle);
		relatedRoles = new ModelGrid<>(details, this, relatedRows, List.of(
				Column.<Role>derived("Related role", 280, FrameworkEditor::roleName),
				Column.<Role>derived("Family", 180, r -> r.eIsProxy() ? "" : r.getFamily()),
				Column.<Role>derived("Id", 260, r -> r.eIsProxy() ? EcoreUtil.getURI(r).fragment() : SkillKeys.of(r))));
		GridDataFactory.fillDefaults().grab(true, false).hint(600, 130).applyTo(relatedRoles.table());
		Action add = new Action("Add &Related Role...") {
			@Override
			public void run() {
				Role role = relatedRows.master();
				if (role != null) {
					Object picked = pick("Add a related role", "A role related to " + role.getName() + " (type to filter):",
							roleChoices().stream().filter(r -> !SkillKeys.of(r).equals(SkillKeys.of(role))).toArray(),
							r -> ((Role) r).getName() + "  [" + SkillKeys.of((Role) r) + "]");
					if (picked instanceof Role chosen) {
						addRelatedRole(role, chosen);
					}
				}
			}
		};
		ElementActions actions = ElementActions.forGrid(this, relatedRoles, Role.class, ID + ".relatedRoles", relatedRows::master,
				Literals.ROLE__RELATED_ROLES).withAdd(add);
		buttons(toolkit, details, add, actions);
		refreshDetails();
	}

	/** Below the learning resources: what the selected resource teaches, and what it needs first. */
	private void gainGrids(FormToolkit toolkit, Composite parent) {
		Composite details = detailsArea(toolkit, parent, 2);
		gainsTitle = toolkit.createLabel(details, "");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(gainsTitle);
		gains = gainGrid(toolkit, details, "Teaches", gainRows, Literals.LEARNING_RESOURCE__GAINS, "Add &Gain...", ".gains");
		prerequisites = gainGrid(toolkit, details, "Needs first", prerequisiteRows, Literals.LEARNING_RESOURCE__PREREQUISITES,
				"Add &Prerequisite...", ".prerequisites");
		refreshDetails();
	}

	private ModelGrid<SkillGain> gainGrid(FormToolkit toolkit, Composite parent, String skillTitle,
			DetailList<LearningResource, SkillGain> rows, EReference feature, String addText, String menu) {
		Composite area = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(area);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(area);
		ModelGrid<SkillGain> grid = new ModelGrid<>(area, this, rows, List.of(
				Column.<SkillGain>reference(skillTitle, Literals.SKILL_GAIN__SKILL, 260, this::skillChoices, AssessmentGrid::skillName),
				Column.of("Level", Literals.SKILL_GAIN__LEVEL, Kind.INTEGER, 60)));
		GridDataFactory.fillDefaults().grab(true, false).hint(300, 130).applyTo(grid.table());
		Action add = new Action(addText) {
			@Override
			public void run() {
				LearningResource resource = rows.master();
				if (resource != null) {
					Object picked = pick(addText.replace("&", "").replace("...", ""), "The skill (type to filter):",
							skillChoices().toArray(), s -> ((Skill) s).getName() + "  [" + SkillKeys.of((Skill) s) + "]");
					if (picked instanceof Skill skill) {
						addGain(resource, feature, skill);
					}
				}
			}
		};
		ElementActions actions = ElementActions.forGrid(this, grid, SkillGain.class, ID + menu, rows::master, feature).withAdd(add);
		buttons(toolkit, area, add, actions);
		return grid;
	}

	private static Composite detailsArea(FormToolkit toolkit, Composite parent, int columns) {
		Composite details = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(columns).equalWidth(true).applyTo(details);
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 8).applyTo(details);
		return details;
	}

	private static void buttons(FormToolkit toolkit, Composite parent, IAction add, ElementActions actions) {
		Composite buttons = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		for (IAction action : List.of(add, actions.delete)) {
			Button button = toolkit.createButton(buttons, action == add ? add.getText().replace("&", "") : "Remove", SWT.PUSH);
			button.addListener(SWT.Selection, e -> action.run());
		}
	}

	private Object pick(String title, String message, Object[] elements, Function<Object, String> naming) {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell(), new LabelProvider() {
			@Override
			public String getText(Object element) {
				return naming.apply(element);
			}
		});
		dialog.setTitle(title);
		dialog.setMessage(message);
		dialog.setElements(elements);
		return dialog.open() == Window.OK ? dialog.getFirstResult() : null;
	}

	/**
	 * Adds a related role to a role (stored by its framework address when installed), as Add Related
	 * Role... does; once the role's file is read into the editor ({@link #withLocal}).
	 */
	public void addRelatedRole(Role role, Role related) {
		withLocal(related, local -> {
			if (role.eResource() != null) {
				execute(AddCommand.create(getEditingDomain(), role, Literals.ROLE__RELATED_ROLES, local));
			}
		});
	}

	/**
	 * Adds what a resource teaches ({@code gains}) or needs first ({@code prerequisites}) of a skill,
	 * at the first level above the bottom of the skill's scale, as Add Gain... does. The gain is added
	 * once the skill's file is read into the editor ({@link #withLocal}): at once, unless it is the
	 * first pick from that file.
	 */
	public SkillGain addGain(LearningResource resource, EReference feature, Skill skill) {
		SkillGain gain = UpskillFactory.eINSTANCE.createSkillGain();
		gain.setLevel(firstLevel(skill));
		withLocal(skill, local -> {
			if (resource.eResource() != null) {
				gain.setSkill((Skill) local);
				execute(AddCommand.create(getEditingDomain(), resource, feature, gain));
			}
		});
		return gain;
	}

	private static int firstLevel(Skill skill) {
		ProficiencyScale scale = skill.getScale();
		if (scale == null && EcoreUtil.getRootContainer(skill) instanceof Framework owner && !owner.getScales().isEmpty()) {
			scale = owner.getScales().get(0);
		}
		return scale == null || scale.getLevels().size() < 2 ? 1 : scale.getLevels().get(1).getValue();
	}

	private static String roleName(Role role) {
		return role.eIsProxy() ? EcoreUtil.getURI(role).fragment() + " (not found)" : role.getName();
	}

	/** The details grids follow the role or resource selected (in its grid or the Outline). */
	private void follow(Object selected) {
		// a role selected in the roles grid (or the Outline, which selects it there), not one of the related roles
		ModelGrid<?> roles = grids.get(2);
		Role role = selected instanceof Role r && roles != null && roles.selectedElement() == r ? r : relatedRows.master();
		LearningResource resource = selected instanceof LearningResource r ? r
				: selected instanceof SkillGain g && g.eContainer() instanceof LearningResource r ? r : gainRows.master();
		if (role != relatedRows.master() || resource != gainRows.master()) {
			relatedRows.setMaster(role);
			gainRows.setMaster(resource);
			prerequisiteRows.setMaster(resource);
			refreshDetails();
		}
	}

	private void refreshDetails() {
		if (relatedRoles != null && !relatedRoles.table().isDisposed()) {
			relatedRoles.refresh();
			Role role = relatedRows.master();
			relatedTitle.setText(role == null ? "Related roles: select a role to see the roles related to it"
					: "Roles related to " + role.getName());
		}
		if (gains != null && !gains.table().isDisposed()) {
			gains.refresh();
			prerequisites.refresh();
			LearningResource resource = gainRows.master();
			gainsTitle.setText(resource == null ? "Select a learning resource to see what it teaches and what it needs first"
					: "What " + resource.getName() + " teaches, and what it needs first");
		}
	}

	/** The related roles of the selected role (after {@link #grid(int) grid(2)}). */
	public ModelGrid<Role> relatedRolesGrid() {
		return relatedRoles;
	}

	/** What the selected resource teaches (after {@link #grid(int) grid(4)}). */
	public ModelGrid<SkillGain> gainsGrid() {
		return gains;
	}

	/** What the selected resource needs first (after {@link #grid(int) grid(4)}). */
	public ModelGrid<SkillGain> prerequisitesGrid() {
		return prerequisites;
	}

	/** Every requirement of every role, in role order: the rows of the Requirements page. */
	private final List<SkillRequirement> requirements = new ArrayList<>();

	private void collectRequirements() {
		requirements.clear();
		framework.getRoles().forEach(role -> requirements.addAll(role.getRequirements()));
	}

	@Override
	protected void modelChanged() {
		if (fields != null) {
			fields.refresh();
		}
		collectRequirements();
		grids.values().forEach(ModelGrid::refresh);
		refreshDetails();
	}

	/** The grid of a page (1 skills, 2 roles, 3 requirements, 4 resources); shows the page, which creates it. */
	@SuppressWarnings("unchecked")
	public <T extends EObject> ModelGrid<T> grid(int page) {
		setActivePage(page);
		return (ModelGrid<T>) grids.get(page);
	}

	@Override
	protected void reveal(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			int page = e instanceof Skill ? 1 : e instanceof SkillRequirement ? 3 : e instanceof Role ? 2
					: e instanceof LearningResource ? 4 : -1;
			if (page > 0) {
				ModelGrid<EObject> grid = grid(page);
				if (grid != null) {
					grid.select(e);
				}
				return;
			}
		}
		setActivePage(0);
	}
}
