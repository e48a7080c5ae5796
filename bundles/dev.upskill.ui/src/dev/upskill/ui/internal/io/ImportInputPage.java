/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

import dev.upskill.io.ImportRequest;
import dev.upskill.io.ImporterDescriptor;
import dev.upskill.model.util.UpskillValidator;

/**
 * The second page of the import: the files or folders to read (typed one a line, or added with
 * the Add buttons), the framework's id, name and version (blank: what the input says), and the
 * {@code .framework} file in the workspace it is written to. Everything is checked as it is typed.
 */
public final class ImportInputPage extends WizardPage {

	private final FormatPage format;
	private final IContainer initialFolder;
	private Label reads;
	private Text inputs;
	private Button addFiles;
	private Button addFolder;
	private Text id;
	private Text name;
	private Text version;
	private Text folder;
	private Text fileName;
	private String derivedVersion = "";
	private String derivedFileName = "";
	private ImporterDescriptor shownFor;
	private ImportInputs.Parsed parsed = new ImportInputs.Parsed(List.of(), "Name the files or folders to import.");
	private String lastFilterPath;
	private Supplier<Map<String, String>> options = Map::of;

	ImportInputPage(FormatPage format, IContainer initialFolder) {
		super("input");
		this.format = format;
		this.initialFolder = initialFolder;
		setTitle("What to import, and where to");
		setDescription("Nothing is written until you press Finish; the next page previews the import.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		reads = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(reads);
		Label from = new Label(page, SWT.NONE);
		from.setText("&Read:");
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(from);
		inputs = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		inputs.setToolTipText("Files or folders to read, one a line");
		GridDataFactory.fillDefaults().grab(true, false).hint(420, 4 * inputs.getLineHeight()).applyTo(inputs);
		Composite buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		addFiles = button(buttons, "Add &Files...");
		addFiles.addListener(SWT.Selection, e -> browseFiles());
		addFolder = button(buttons, "Add F&older...");
		addFolder.addListener(SWT.Selection, e -> browseFolder());

		Group framework = new Group(page, SWT.NONE);
		framework.setText("Framework");
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(framework);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(framework);
		id = field(framework, "&Id:", "as the input says (the format's own id)");
		name = field(framework, "&Name:", "as the input says");
		version = field(framework, "&Version:", "as the input says, if it does");

		Group target = new Group(page, SWT.NONE);
		target.setText("Save as");
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(target);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(target);
		new Label(target, SWT.NONE).setText("Projec&t or folder:");
		folder = new Text(target, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
		Button browse = new Button(target, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> browseFolderInWorkspace());
		new Label(target, SWT.NONE).setText("File na&me:");
		fileName = new Text(target, SWT.BORDER);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(fileName);

		if (initialFolder != null) {
			folder.setText(initialFolder.getFullPath().makeRelative().toString());
		}
		inputs.addModifyListener(e -> inputsChanged());
		id.addModifyListener(e -> {
			deriveFileName();
			validate();
		});
		for (Text text : List.of(name, version, folder, fileName)) {
			text.addModifyListener(e -> validate());
		}
		setControl(page);
		formatChanged();
	}

	private static Button button(Composite parent, String text) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		return button;
	}

	private static Text field(Composite parent, String label, String hint) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setMessage(hint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			formatChanged();
		}
		super.setVisible(visible);
		if (visible) {
			inputs.setFocus();
		}
	}

	/** The format of the first page may have changed: what it reads, and the file name it proposes. */
	private void formatChanged() {
		ImporterDescriptor importer = format.importer();
		if (importer == null || importer == shownFor) {
			return;
		}
		shownFor = importer;
		String what = importer.input().isBlank() ? "files or folders" : importer.input();
		reads.setText(importer.name() + " reads: " + what + ".");
		addFolder.setEnabled(ImportInputs.readsFolders(importer.input()));
		reads.getParent().layout(true, true);
		inputsChanged();
	}

	private void inputsChanged() {
		ImporterDescriptor importer = format.importer();
		parsed = ImportInputs.parse(inputs.getText(), importer == null ? null : importer.input());
		String proposed = Objects.toString(ImportInputs.version(parsed.paths()), "");
		if (version.getText().equals(derivedVersion)) {
			version.setText(proposed);
		}
		derivedVersion = proposed;
		deriveFileName();
		validate();
	}

	/** Proposes the file name from the id or the input, unless one was typed. */
	private void deriveFileName() {
		ImporterDescriptor importer = format.importer();
		String proposed = ImportInputs.fileName(id.getText().strip(), parsed.paths(), importer == null ? "framework" : importer.id());
		if (fileName.getText().equals(derivedFileName)) {
			fileName.setText(proposed);
		}
		derivedFileName = proposed;
	}

	private void browseFiles() {
		ImporterDescriptor importer = format.importer();
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText("Files to import");
		List<String> filters = ImportInputs.filters(importer == null ? null : importer.input());
		dialog.setFilterExtensions(filters.toArray(String[]::new));
		dialog.setFilterNames(filters.stream().map(f -> f.equals("*") ? "All files" : f).toArray(String[]::new));
		dialog.setFilterPath(lastFilterPath);
		if (dialog.open() != null) {
			lastFilterPath = dialog.getFilterPath();
			for (String file : dialog.getFileNames()) {
				addInput(Path.of(dialog.getFilterPath(), file));
			}
		}
	}

	private void browseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText("Folder to import");
		dialog.setMessage("The folder with the files to import; the importer picks the files it knows by their names.");
		dialog.setFilterPath(lastFilterPath);
		String chosen = dialog.open();
		if (chosen != null) {
			lastFilterPath = chosen;
			addInput(Path.of(chosen));
		}
	}

	private void browseFolderInWorkspace() {
		ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), container(), false,
				"The project or folder the .framework file goes to:");
		dialog.setTitle("Save as");
		if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length == 1 && dialog.getResult()[0] instanceof IPath path) {
			folder.setText(path.makeRelative().toString());
		}
	}

	/** Adds a file or folder on a line of its own, as the Add buttons do. */
	public void addInput(Path path) {
		String text = inputs.getText().stripTrailing();
		inputs.setText(text.isEmpty() ? path.toString() : text + inputs.getLineDelimiter() + path);
	}

	private IContainer container() {
		String typed = folder.getText().strip();
		if (typed.isEmpty()) {
			return null;
		}
		IResource member = ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromOSString(typed).makeAbsolute());
		return member instanceof IContainer container && member.getType() != IResource.ROOT ? container : null;
	}

	private void validate() {
		String problem = problem();
		if (problem != null && inputs.getText().isBlank() && format.importer() != null) {
			// Nothing typed yet: say what to do, not that it is wrong.
			setErrorMessage(null);
			setMessage(problem);
			setPageComplete(false);
			return;
		}
		setErrorMessage(problem);
		if (problem == null) {
			IFile file = target();
			if (file != null && file.exists()) {
				setMessage(file.getFullPath().makeRelative() + " exists: the import replaces it (the next page shows what changes; ids of"
						+ " elements still in the input are kept).", IMessageProvider.INFORMATION);
			} else {
				setMessage(null);
			}
		}
		setPageComplete(problem == null);
	}

	/** What is wrong with the answers, in words, or null. */
	private String problem() {
		if (format.importer() == null) {
			return "Choose a format on the first page.";
		}
		if (parsed.problem() != null || parsed.paths().isEmpty()) {
			return parsed.problem() != null ? parsed.problem() : "Name the files or folders to import.";
		}
		String typedId = id.getText().strip();
		if (!typedId.isEmpty() && !UpskillValidator.INSTANCE.validateIdentifier(typedId, null, null)) {
			return "Id: '" + typedId + "' may use only letters, digits, '_', '.' and '-' (no colon, no space).";
		}
		String typedFolder = folder.getText().strip();
		if (typedFolder.isEmpty()) {
			return "Choose the project or folder the framework file goes to.";
		}
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		IResource member = root.findMember(IPath.fromOSString(typedFolder).makeAbsolute());
		if (member == null || member.getType() == IResource.ROOT || !(member instanceof IContainer)) {
			return "Project or folder: '" + typedFolder + "' is no project or folder of the workspace.";
		}
		if (!member.getProject().isOpen()) {
			return "Project or folder: the project " + member.getProject().getName() + " is closed.";
		}
		if (member.getLocation() == null) {
			return "Project or folder: '" + typedFolder + "' is not on the local disk.";
		}
		String file = fileName.getText().strip();
		if (!file.endsWith(".framework") || file.equals(".framework")) {
			return "File name: '" + file + "' must end with .framework.";
		}
		IStatus valid = ResourcesPlugin.getWorkspace().validateName(file, IResource.FILE);
		if (!valid.isOK()) {
			return "File name: " + valid.getMessage();
		}
		IResource existing = ((IContainer) member).findMember(file);
		if (existing != null && existing.getType() != IResource.FILE) {
			return "File name: " + existing.getFullPath().makeRelative() + " is a folder.";
		}
		return null;
	}

	/** The request the answers make, or null when they are not complete. */
	ImportRequest request() {
		if (problem() != null) {
			return null;
		}
		return new ImportRequest(parsed.paths(), blankAsNull(id), blankAsNull(name), blankAsNull(version), options.get());
	}

	/** Where the format's options come from (the spreadsheet's column mapping). */
	void options(Supplier<Map<String, String>> formatOptions) {
		this.options = formatOptions;
	}

	private static String blankAsNull(Text text) {
		String value = text.getText().strip();
		return value.isEmpty() ? null : value;
	}

	/** The file the framework goes to, or null when the folder or name are not valid. */
	IFile target() {
		IContainer container = container();
		String file = fileName.getText().strip();
		if (container == null || file.isEmpty() || !ResourcesPlugin.getWorkspace().validateName(file, IResource.FILE).isOK()) {
			return null;
		}
		return container.getFile(IPath.fromOSString(file));
	}

	/**
	 * What the preview depends on: the format, the input's files as they are now, the answers and the
	 * target. The same signature: the preview need not import again.
	 */
	String signature() {
		ImportRequest request = request();
		if (request == null) {
			return null;
		}
		return format.importer().id() + "|" + ImportInputs.signature(request.inputs()) + "|" + request.frameworkId() + "|" + request.name()
				+ "|" + request.version() + "|" + target().getFullPath() + "|" + new TreeMap<>(request.options());
	}

	// The fields, for tests and for the wizard.

	public Text inputsField() {
		return inputs;
	}

	public Text idField() {
		return id;
	}

	public Text nameField() {
		return name;
	}

	public Text versionField() {
		return version;
	}

	public Text folderField() {
		return folder;
	}

	public Text fileNameField() {
		return fileName;
	}

	public String readsText() {
		return reads.getText();
	}
}
