/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.upskill.model.Framework;
import dev.upskill.model.LearningResource;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillPackage.Literals;
import dev.upskill.ui.internal.editors.ModelGrid.Column;
import dev.upskill.ui.internal.editors.ModelGrid.Kind;

/**
 * The editor of {@code *.framework} files: an overview (name, version, publisher, licence,
 * source) and grids of the skills, roles, the roles' requirements and the learning resources.
 */
public class FrameworkEditor extends ModelEditor {

	public static final String ID = "dev.upskill.ui.editors.framework";

	private Framework framework;
	private FormFields fields;
	/** The grids by page index (1 skills, 2 roles, 3 requirements, 4 resources), created when first shown. */
	private final Map<Integer, ModelGrid<?>> grids = new HashMap<>();

	@Override
	protected void addModelPages(EObject root) throws PartInitException {
		framework = (Framework) root;
		grids.clear();
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
		gridPage(1, "skills", "Skills", framework.getSkills(), List.of(
				Column.of("Name", Literals.NAMED_ELEMENT__NAME, Kind.TEXT, 260),
				Column.<Skill>derived("Id", 200, Skill::getId),
				Column.of("Kind", Literals.SKILL__KIND, Kind.ENUM, 90),
				Column.<Skill>derived("Category", 200, s -> s.getCategory() == null || s.getCategory().eIsProxy() ? ""
						: s.getCategory().getName()),
				Column.<Skill>derived("Also called", 320, s -> String.join(", ", s.getAliases()))));
		gridPage(2, "roles", "Roles", framework.getRoles(), List.of(
				Column.of("Name", Literals.NAMED_ELEMENT__NAME, Kind.TEXT, 280),
				Column.<Role>derived("Id", 220, Role::getId),
				Column.of("Family", Literals.ROLE__FAMILY, Kind.TEXT, 180),
				Column.<Role>derived("Requirements", 110, r -> r.getRequirements().size()),
				Column.of("Description", Literals.NAMED_ELEMENT__DESCRIPTION, Kind.TEXT, 360)));
		gridPage(3, "requirements", "Requirements", requirements, List.of(
				Column.<SkillRequirement>derived("Role", 240, r -> ((Role) r.eContainer()).getName()),
				Column.<SkillRequirement>reference("Skill", Literals.SKILL_REQUIREMENT__SKILL, 260, this::skillChoices,
						AssessmentGrid::skillName, value -> local((EObject) value)),
				Column.of("Level", Literals.SKILL_REQUIREMENT__LEVEL, Kind.INTEGER, 60),
				Column.of("Importance", Literals.SKILL_REQUIREMENT__IMPORTANCE, Kind.ENUM, 100),
				Column.of("Weight", Literals.SKILL_REQUIREMENT__WEIGHT, Kind.NUMBER, 70)));
		gridPage(4, "resources", "Learning resources", framework.getResources(), List.of(
				Column.of("Title", Literals.NAMED_ELEMENT__NAME, Kind.TEXT, 320),
				Column.of("Kind", Literals.LEARNING_RESOURCE__KIND, Kind.ENUM, 100),
				Column.of("Provider", Literals.LEARNING_RESOURCE__PROVIDER, Kind.TEXT, 180),
				Column.of("Cost", Literals.LEARNING_RESOURCE__COST, Kind.MONEY, 80),
				Column.of("Currency", Literals.LEARNING_RESOURCE__CURRENCY, Kind.TEXT, 70),
				Column.of("Hours", Literals.LEARNING_RESOURCE__HOURS, Kind.NUMBER, 70),
				Column.of("URL", Literals.LEARNING_RESOURCE__URL, Kind.TEXT, 300)));
	}

	private <T extends EObject> void gridPage(int index, String id, String title, List<T> elements, List<Column<T>> columns) {
		try {
			addPage(new FormPage(this, id, title) {
				@Override
				protected void createFormContent(IManagedForm managedForm) {
					ScrolledForm form = managedForm.getForm();
					managedForm.getToolkit().decorateFormHeading(form.getForm());
					form.setText(title + " (" + elements.size() + ")");
					GridLayoutFactory.swtDefaults().applyTo(form.getBody());
					ModelGrid<T> grid = new ModelGrid<>(form.getBody(), FrameworkEditor.this, elements, columns);
					GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(ModelGrid.filterField(form.getBody(), grid));
					grid.table().moveBelow(null);
					GridDataFactory.fillDefaults().grab(true, true).hint(600, 300).applyTo(grid.table());
					grids.put(index, grid);
				}
			});
		} catch (PartInitException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
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
