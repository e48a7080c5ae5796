/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.app.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TrayDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.handlers.IHandlerService;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.RegisteredFramework;

/**
 * Help > About Upskill Workbench: the product and its version, the installed frameworks with their
 * publisher, version and licence, and the notices their licences require (ESCO, O*NET). The
 * frameworks are read in a Job (the first use of the registry loads them). Installation Details
 * opens the workbench's own dialog (plug-ins, configuration).
 */
public final class AboutDialog extends TrayDialog {

	private static final int DETAILS = IDialogConstants.CLIENT_ID + 1;

	private final IWorkbench workbench;
	private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());
	private Table frameworks;
	private Text notices;
	private volatile boolean loaded;

	public AboutDialog(Shell parent, IWorkbench workbench) {
		super(parent);
		this.workbench = workbench;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("About " + productName());
		shell.addDisposeListener(e -> images.dispose());
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite top = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 8).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(top);
		Label image = new Label(top, SWT.NONE);
		Bundle app = Platform.getBundle("dev.upskill.app");
		if (app != null && app.getEntry("icons/upskill64.png") != null) {
			image.setImage(images.create(ImageDescriptor.createFromURL(app.getEntry("icons/upskill64.png"))));
		}
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(image);
		Composite text = new Composite(top, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		Label name = new Label(text, SWT.NONE);
		name.setText(productName());
		name.setFont(JFaceResources.getHeaderFont());
		Label version = new Label(text, SWT.NONE);
		version.setText(versionText());
		Label about = new Label(text, SWT.WRAP);
		about.setText(aboutText());
		GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(about);

		Label heading = new Label(area, SWT.NONE);
		heading.setText("Installed frameworks:");
		frameworks = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		frameworks.setHeaderVisible(true);
		for (String[] column : new String[][] { { "Framework", "200" }, { "Version", "70" }, { "Publisher", "160" },
				{ "Licence", "110" }, { "Installed by", "170" } }) {
			TableColumn tableColumn = new TableColumn(frameworks, SWT.LEFT);
			tableColumn.setText(column[0]);
			tableColumn.setWidth(Integer.parseInt(column[1]));
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(720, 110).applyTo(frameworks);
		TableItem reading = new TableItem(frameworks, SWT.NONE);
		reading.setText("Reading the installed frameworks...");
		Label noticeHeading = new Label(area, SWT.NONE);
		noticeHeading.setText("Sources, licences and notices:");
		notices = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).hint(720, 120).applyTo(notices);
		readFrameworks();
		return area;
	}

	private void readFrameworks() {
		FrameworkRegistry registry = workbench.getService(FrameworkRegistry.class);
		if (registry == null) {
			show(List.of());
			return;
		}
		Job job = new Job("Reading the installed frameworks") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<RegisteredFramework> installed = registry.getFrameworks();
				if (frameworks != null && !frameworks.isDisposed()) {
					frameworks.getDisplay().asyncExec(() -> show(installed));
				}
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private void show(List<RegisteredFramework> installed) {
		if (frameworks == null || frameworks.isDisposed()) {
			return;
		}
		frameworks.removeAll();
		StringBuilder text = new StringBuilder();
		for (RegisteredFramework framework : installed) {
			TableItem item = new TableItem(frameworks, SWT.NONE);
			String licence = FrameworkNotices.licence(framework.framework());
			item.setText(new String[] { framework.name(), blankIfNull(framework.framework().getVersion()),
					blankIfNull(framework.framework().getPublisher()), licence == null ? "not stated" : licence, framework.contributor() });
			item.setData(framework);
			text.append(FrameworkNotices.of(framework)).append("\n\n");
		}
		if (installed.isEmpty()) {
			new TableItem(frameworks, SWT.NONE).setText("No framework is installed.");
		}
		notices.setText(text.toString().strip());
		loaded = true;
	}

	private static String blankIfNull(String value) {
		return value == null ? "" : value;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, DETAILS, "&Installation Details", false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == DETAILS) {
			try {
				workbench.getService(IHandlerService.class).executeCommand("org.eclipse.ui.help.installationDialog", null);
			} catch (CommandException e) {
				ILog.of(getClass()).error("Installation Details could not be opened", e);
			}
			return;
		}
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
			return;
		}
		super.buttonPressed(buttonId);
	}

	static String productName() {
		IProduct product = Platform.getProduct();
		return product == null || product.getName() == null ? "Upskill Workbench" : product.getName();
	}

	/** "Version 0.1.0 (build 202611291330)": the product's version, and its build qualifier when there is one. */
	public static String versionText() {
		IProduct product = Platform.getProduct();
		Bundle bundle = product != null && product.getDefiningBundle() != null ? product.getDefiningBundle()
				: Platform.getBundle("dev.upskill.app");
		Version version = bundle == null ? Version.emptyVersion : bundle.getVersion();
		String text = "Version " + version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
		return version.getQualifier().isEmpty() || version.getQualifier().equals("qualifier") ? text
				: text + " (build " + version.getQualifier() + ")";
	}

	private static String aboutText() {
		IProduct product = Platform.getProduct();
		String text = product == null ? null : product.getProperty("aboutText");
		return text == null ? "" : text;
	}

	/** The frameworks as listed, "name | version | publisher | licence | installed by" (for tests). */
	public List<String> rows() {
		List<String> rows = new ArrayList<>();
		for (TableItem item : frameworks.getItems()) {
			rows.add(String.join(" | ", item.getText(0), item.getText(1), item.getText(2), item.getText(3), item.getText(4)));
		}
		return rows;
	}

	public String noticesText() {
		return notices.getText();
	}

	public boolean frameworksLoaded() {
		return loaded;
	}
}
