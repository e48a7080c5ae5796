/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.wizards;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.upskill.model.Framework;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.UpskillFactory;

/** New Framework: a name and a publisher; the framework starts with a described 0-5 scale. */
public class NewFrameworkWizard extends NewModelFileWizard {

	private static final String[][] LEVELS = { { "None", "Has not used it." },
			{ "Awareness", "Knows what it is and when it is used." }, { "Beginner", "Uses it with guidance on simple tasks." },
			{ "Practitioner", "Uses it independently on real work." },
			{ "Advanced", "Solves non-routine problems and reviews others' work." },
			{ "Expert", "Sets practice for a team; teaches and extends it." } };

	private Text name;
	private Text publisher;

	public NewFrameworkWizard() {
		super("Framework", "framework");
	}

	@Override
	protected void addQuestionPages() {
		addPage(new WizardPage("questions") {
			@Override
			public void createControl(Composite parent) {
				setTitle("Framework");
				setDescription("Name the framework; it starts with a proficiency scale from 0 to 5.");
				Composite page = new Composite(parent, SWT.NONE);
				GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
				new Label(page, SWT.NONE).setText("Name");
				name = new Text(page, SWT.BORDER);
				GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
				new Label(page, SWT.NONE).setText("Publisher");
				publisher = new Text(page, SWT.BORDER);
				GridDataFactory.fillDefaults().grab(true, false).applyTo(publisher);
				setControl(page);
			}
		});
	}

	@Override
	protected EObject createModel(String id) {
		UpskillFactory f = UpskillFactory.eINSTANCE;
		Framework framework = f.createFramework();
		framework.setId(id);
		framework.setName(name == null || name.getText().isBlank() ? id : name.getText().trim());
		framework.setPublisher(publisher == null || publisher.getText().isBlank() ? null : publisher.getText().trim());
		framework.setVersion("1");
		ProficiencyScale scale = f.createProficiencyScale();
		scale.setId("scale.0-5");
		scale.setName("Proficiency 0-5");
		for (int value = 0; value < LEVELS.length; value++) {
			ProficiencyLevel level = f.createProficiencyLevel();
			level.setValue(value);
			level.setName(LEVELS[value][0]);
			level.setDescriptor(LEVELS[value][1]);
			scale.getLevels().add(level);
		}
		framework.getScales().add(scale);
		return framework;
	}
}
