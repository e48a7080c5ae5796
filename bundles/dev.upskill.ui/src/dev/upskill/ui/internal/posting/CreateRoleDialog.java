/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.posting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.FileEditorInput;

import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.core.posting.MatchedSkill;
import dev.upskill.core.posting.PostingFit;
import dev.upskill.model.Importance;
import dev.upskill.model.NamedElement;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.util.UpskillValidator;
import dev.upskill.model.validation.Labels;
import dev.upskill.model.validation.Scales;
import dev.upskill.ui.internal.frameworks.AllFrameworks.Snapshot;
import dev.upskill.ui.internal.frameworks.WorkspaceFrameworks.Loaded;

/**
 * Create Role: a role made of a job posting, written into a framework file of the workspace. The
 * person names the role (id and name), chooses the file (one of the workspace's framework files, or
 * a new one beside the posting), and the skills: each asked-for skill, required ones essential and
 * nice-to-have ones optional, at the middle of its scale, all of which they can change. What the
 * model cannot hold (an id with a space or colon, an id the file already uses, a file that exists)
 * is refused as it is typed, with the reason above the fields; OK is enabled only without one.
 */
public final class CreateRoleDialog extends TitleAreaDialog {

	private static final String NEW_FILE = "New framework file beside the posting...";

	/** A skill of the posting as the dialog offers it. */
	private static final class Choice {
		final MatchedSkill skill;
		final List<Integer> levels = new ArrayList<>();
		final List<String> levelNames = new ArrayList<>();
		Importance importance;
		int level;

		Choice(MatchedSkill skill) {
			this.skill = skill;
			this.importance = skill.required() ? Importance.ESSENTIAL : Importance.OPTIONAL;
			ProficiencyScale scale = Scales.of(skill.skill());
			if (scale != null && !scale.getLevels().isEmpty()) {
				scale.getLevels().stream().sorted(Comparator.comparingInt(ProficiencyLevel::getValue)).forEach(l -> {
					levels.add(l.getValue());
					levelNames.add(l.getValue() + (l.getName() == null ? "" : " " + l.getName()));
				});
			} else {
				for (int value = 1; value <= 5; value++) {
					levels.add(value);
					levelNames.add(String.valueOf(value));
				}
			}
			this.level = PostingFit.requiredLevel(skill).orElse(levels.get(Math.min(1, levels.size() - 1)));
		}

		String levelName() {
			int index = levels.indexOf(level);
			return index < 0 ? String.valueOf(level) : levelNames.get(index);
		}
	}

	private final List<Choice> choices = new ArrayList<>();
	private final Snapshot snapshot;
	private final IContainer folder;
	private final String baseName;
	private final String defaultName;
	private final IWorkbenchPage page;
	private final Consumer<RoleSpec> onOk;
	private final List<IFile> files = new ArrayList<>();
	private final Map<IFile, Set<String>> idsByFile = new LinkedHashMap<>();
	private Text roleId;
	private Text roleName;
	private Combo file;
	private Label newFileLabel;
	private Text newFile;
	private Label frameworkIdLabel;
	private Text frameworkId;
	private CheckboxTableViewer skills;
	private RoleSpec spec;

	/**
	 * @param asked the skills the posting asks for
	 * @param snapshot the frameworks (the workspace's files to choose from, the ids in use)
	 * @param folder where a new file goes (the posting's folder), or null
	 * @param baseName the posting's file name without extension, for the ids proposed
	 * @param defaultName the role name proposed
	 * @param page to tell whether a file is open with unsaved changes
	 * @param onOk what to do with the role when OK is pressed
	 */
	CreateRoleDialog(Shell shell, List<MatchedSkill> asked, Snapshot snapshot, IContainer folder, String baseName, String defaultName,
			IWorkbenchPage page, Consumer<RoleSpec> onOk) {
		super(shell);
		asked.forEach(s -> choices.add(new Choice(s)));
		this.snapshot = snapshot;
		this.folder = folder;
		this.baseName = baseName;
		this.defaultName = defaultName;
		this.page = page;
		this.onOk = onOk;
		setShellStyle(getShellStyle() | SWT.RESIZE);
		for (Loaded loaded : snapshot.workspace().frameworks()) {
			files.add(loaded.file());
			Set<String> ids = new HashSet<>();
			collectIds(loaded.framework().framework(), ids);
			idsByFile.put(loaded.file(), ids);
		}
	}

	private static void collectIds(EObject root, Set<String> ids) {
		if (root instanceof NamedElement named && named.getId() != null) {
			ids.add(named.getId());
		}
		root.eAllContents().forEachRemaining(o -> {
			if (o instanceof NamedElement named && named.getId() != null) {
				ids.add(named.getId());
			}
		});
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Create Role from Job Posting");
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Create Role");
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);

		new Label(form, SWT.NONE).setText("Role id:");
		roleId = new Text(form, SWT.BORDER);
		roleId.setText("role." + slug(baseName));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(roleId);
		new Label(form, SWT.NONE).setText("Role name:");
		roleName = new Text(form, SWT.BORDER);
		roleName.setText(defaultName);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(roleName);

		new Label(form, SWT.NONE).setText("Framework file:");
		file = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
		files.forEach(f -> file.add(f.getFullPath().makeRelative().toString()));
		if (folder != null) {
			file.add(NEW_FILE);
		}
		file.select(0);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
		newFileLabel = new Label(form, SWT.NONE);
		newFileLabel.setText("New file:");
		newFile = new Text(form, SWT.BORDER);
		newFile.setText(baseName + "-roles.framework");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(newFile);
		frameworkIdLabel = new Label(form, SWT.NONE);
		frameworkIdLabel.setText("Its framework id:");
		frameworkId = new Text(form, SWT.BORDER);
		frameworkId.setText(slug(baseName) + "-roles");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(frameworkId);

		Label skillsLabel = new Label(form, SWT.WRAP);
		skillsLabel.setText("Skills of the role (required ones are proposed as essential, nice-to-have ones as optional; click the"
				+ " importance or level to change it):");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(500, SWT.DEFAULT).applyTo(skillsLabel);
		skills = CheckboxTableViewer.newCheckList(form, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		skills.getTable().setHeaderVisible(true);
		skills.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(560, 260).applyTo(skills.getTable());
		skills.setContentProvider(ArrayContentProvider.getInstance());
		column("Skill", 220, c -> c.skill.name(), null);
		column("Asked", 100, c -> c.skill.demand().label(), null);
		column("Importance", 100, c -> c.importance.getLiteral(), new EditingSupport(skills) {
			private final String[] items = { Importance.ESSENTIAL.getLiteral(), Importance.OPTIONAL.getLiteral() };

			@Override
			protected CellEditor getCellEditor(Object element) {
				return new ComboBoxCellEditor(skills.getTable(), items, SWT.READ_ONLY);
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return ((Choice) element).importance == Importance.ESSENTIAL ? 0 : 1;
			}

			@Override
			protected void setValue(Object element, Object value) {
				((Choice) element).importance = Integer.valueOf(1).equals(value) ? Importance.OPTIONAL : Importance.ESSENTIAL;
				skills.update(element, null);
			}
		});
		column("Level", 140, Choice::levelName, new EditingSupport(skills) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new ComboBoxCellEditor(skills.getTable(), ((Choice) element).levelNames.toArray(String[]::new), SWT.READ_ONLY);
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				Choice choice = (Choice) element;
				return Math.max(0, choice.levels.indexOf(choice.level));
			}

			@Override
			protected void setValue(Object element, Object value) {
				Choice choice = (Choice) element;
				if (value instanceof Integer index && index >= 0 && index < choice.levels.size()) {
					choice.level = choice.levels.get(index);
					skills.update(element, null);
				}
			}
		});
		skills.setInput(choices);
		skills.setAllChecked(true);

		roleId.addModifyListener(e -> validate());
		roleName.addModifyListener(e -> validate());
		newFile.addModifyListener(e -> validate());
		frameworkId.addModifyListener(e -> validate());
		file.addListener(SWT.Selection, e -> validate());
		skills.addCheckStateListener(e -> validate());
		return area;
	}

	private void column(String title, int width, Function<Choice, String> text, EditingSupport editing) {
		TableViewerColumn column = new TableViewerColumn(skills, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Choice) element);
			}
		});
		if (editing != null) {
			column.setEditingSupport(editing);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText("Create Role");
		validate();
	}

	/** {@code ML Engineer (Acme)} gives {@code ml-engineer-acme}. */
	static String slug(String text) {
		String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
		return slug.isEmpty() ? "posting" : slug;
	}

	private boolean newFileChosen() {
		return file.getSelectionIndex() >= files.size();
	}

	/** The file the role goes to as chosen now, or null when the new file's name is not a file name. */
	private IFile target() {
		if (!newFileChosen()) {
			return file.getSelectionIndex() < 0 ? null : files.get(file.getSelectionIndex());
		}
		String name = newFile.getText().strip();
		if (folder == null || name.isEmpty() || !ResourcesPlugin.getWorkspace().validateName(name, IResource.FILE).isOK()) {
			return null;
		}
		return folder.getFile(IPath.fromPortableString(name));
	}

	/** What is wrong with the answers, in words, or null. */
	String problem() {
		String id = roleId.getText().strip();
		if (id.isEmpty()) {
			return "Role id: type the role's id (for example role.ml-engineer).";
		}
		if (!UpskillValidator.INSTANCE.validateIdentifier(id, null, null)) {
			return "Role id: '" + id + "' may use only letters, digits, '_', '.' and '-' (no colon, no space).";
		}
		if (roleName.getText().isBlank()) {
			return "Role name: type the name people read (for example ML engineer at Acme).";
		}
		if (file.getSelectionIndex() < 0) {
			return "Framework file: choose the file the role goes to.";
		}
		IFile target = target();
		if (newFileChosen()) {
			String name = newFile.getText().strip();
			if (!name.endsWith(".framework") || name.equals(".framework")) {
				return "New file: '" + name + "' must end with .framework.";
			}
			IStatus valid = ResourcesPlugin.getWorkspace().validateName(name, IResource.FILE);
			if (!valid.isOK()) {
				return "New file: " + valid.getMessage();
			}
			if (target == null || target.exists()) {
				return "New file: " + (target == null ? name : target.getFullPath().makeRelative()) + " exists already; choose it in the list"
						+ " or another name.";
			}
			String fid = frameworkId.getText().strip();
			if (!UpskillValidator.INSTANCE.validateIdentifier(fid, null, null)) {
				return "Framework id: '" + fid + "' may use only letters, digits, '_', '.' and '-' (no colon, no space).";
			}
			for (RegisteredFramework framework : snapshot.frameworks()) {
				if (fid.equals(framework.id())) {
					return "Framework id: '" + fid + "' is the id of the framework " + snapshot.label(framework) + "; choose another.";
				}
			}
			if (fid.equals(id)) {
				return "Role id: the framework has the id '" + id + "' already; ids are unique in a file.";
			}
		} else {
			Set<String> ids = idsByFile.getOrDefault(target, Set.of());
			if (ids.contains(id)) {
				return "Role id: " + target.getFullPath().makeRelative() + " already has an element with the id '" + id + "' ("
						+ labelOf(target, id) + ").";
			}
			IEditorPart open = page == null ? null : page.findEditor(new FileEditorInput(target));
			if (open != null && open.isDirty()) {
				return "Framework file: " + target.getName() + " has unsaved changes in its editor; save or close it first, so the role"
						+ " is not written over them.";
			}
		}
		if (skills.getCheckedElements().length == 0) {
			return "Skills: check at least one skill for the role to require.";
		}
		return null;
	}

	private String labelOf(IFile target, String id) {
		for (Loaded loaded : snapshot.workspace().frameworks()) {
			if (loaded.file().equals(target)) {
				EObject element = loaded.framework().framework().eResource().getEObject(id);
				return element == null ? id : Labels.of(element);
			}
		}
		return id;
	}

	private void validate() {
		if (roleId == null || roleId.isDisposed()) {
			return;
		}
		boolean creating = newFileChosen();
		newFile.setEnabled(creating);
		frameworkId.setEnabled(creating);
		newFileLabel.setEnabled(creating);
		frameworkIdLabel.setEnabled(creating);
		String problem = problem();
		setErrorMessage(problem);
		if (problem == null) {
			setMessage("The role is added to " + target().getFullPath().makeRelative() + (creating ? " (a new file)" : "")
					+ ". Gap analysis and Generate Plan then work against it.");
		}
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	@Override
	protected void okPressed() {
		if (problem() != null) {
			validate();
			return;
		}
		List<RoleSpec.Requirement> requirements = new ArrayList<>();
		for (Object checked : skills.getCheckedElements()) {
			Choice choice = (Choice) checked;
			requirements.add(new RoleSpec.Requirement(choice.skill.skill(), choice.importance, choice.level));
		}
		boolean creating = newFileChosen();
		spec = new RoleSpec(target(), creating, creating ? frameworkId.getText().strip() : null,
				creating ? "Roles from job postings" : null, roleId.getText().strip(), roleName.getText().strip(), requirements);
		super.okPressed();
		onOk.accept(spec);
	}

	// --- for tests: what a person types and picks ---

	public void setRoleId(String id) {
		roleId.setText(id);
	}

	public void setRoleName(String name) {
		roleName.setText(name);
	}

	/** Chooses a new file beside the posting. */
	public void chooseNewFile(String name, String id) {
		file.select(files.size());
		newFile.setText(name);
		frameworkId.setText(id);
		validate();
	}

	/** Chooses an existing workspace framework file. */
	public void chooseFile(IFile chosen) {
		file.select(files.indexOf(chosen));
		validate();
	}

	/** Sets a skill's importance and level ({@code framework#id}). */
	public void setRequirement(String key, Importance importance, int level) {
		for (Choice choice : choices) {
			if (choice.skill.key().equals(key)) {
				choice.importance = importance;
				choice.level = level;
				skills.update(choice, null);
			}
		}
	}

	/** Checks or unchecks a skill ({@code framework#id}). */
	public void include(String key, boolean included) {
		for (Choice choice : choices) {
			if (choice.skill.key().equals(key)) {
				skills.setChecked(choice, included);
			}
		}
		validate();
	}

	/** The skills offered ({@code framework#id}), with their proposed importance and level, as shown. */
	public Map<String, String> proposed() {
		Map<String, String> shown = new LinkedHashMap<>();
		for (Choice choice : choices) {
			shown.put(choice.skill.key(), choice.importance.getLiteral() + " " + choice.level);
		}
		return shown;
	}

	/** The reason OK is disabled, or null. */
	public String errorMessage() {
		return getErrorMessage();
	}

	public boolean okEnabled() {
		return getButton(IDialogConstants.OK_ID).isEnabled();
	}

	/** Presses Create Role. */
	public void pressOk() {
		okPressed();
	}

	/** The role asked for, once OK was pressed. */
	public RoleSpec spec() {
		return spec;
	}
}
