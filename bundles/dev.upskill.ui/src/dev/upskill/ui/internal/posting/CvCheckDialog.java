/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.posting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.upskill.core.posting.CvCheck;
import dev.upskill.core.posting.MatchedSkill;

/**
 * Check CV: the skills the posting asks for that a CV does not name (by any of their terms), as an
 * applicant-tracking system would screen it. With a profile, in two groups: the skills the person
 * has ("you have the skill but the CV does not say so": add them to the CV) and the real gaps.
 */
public final class CvCheckDialog extends Dialog {

	/** The title of the group of skills the person has. */
	public static final String UNSAID = "You have the skill but the CV does not say so";
	/** The title of the group of skills the person lacks. */
	public static final String GAPS = "Real gaps";
	/** The title of the one group without a profile. */
	public static final String MISSING = "Not named in the CV";

	private final Path cv;
	private final String posting;
	private final String person;
	private final CvCheck check;
	private final List<String> groups = new ArrayList<>();

	CvCheckDialog(Shell shell, Path cv, String posting, String person, CvCheck check) {
		super(shell);
		this.cv = cv;
		this.posting = posting;
		this.person = person;
		this.check = check;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Check CV " + cv.getFileName() + " against " + posting);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		int asked = check.missing().size() + check.inCv().size();
		Label head = new Label(area, SWT.WRAP);
		head.setText(cv + " names " + check.inCv().size() + " of the " + asked + " skills " + posting + " asks for."
				+ (check.missing().isEmpty() ? " Nothing is missing." : ""));
		GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(head);
		if (check.profileKnown()) {
			group(area, UNSAID, check.unsaid(), person + "'s profile has these: say so in the CV, with the words of the posting.");
			group(area, GAPS, check.gaps(), person + "'s profile does not have these: they are for the learning plan.");
		} else {
			group(area, MISSING, check.missing(), "Choose a profile in the editor to tell the skills you have from real gaps.");
		}
		return area;
	}

	private void group(Composite parent, String title, List<MatchedSkill> skills, String hint) {
		groups.add(title);
		Group group = new Group(parent, SWT.NONE);
		group.setText(title + " (" + skills.size() + ")");
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
		Label text = new Label(group, SWT.WRAP);
		text.setText(skills.isEmpty() ? "None." : hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(text);
		if (skills.isEmpty()) {
			return;
		}
		Text list = new Text(group, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL);
		list.setText(String.join("\n", skills.stream().map(s -> s.name() + "  (as \"" + String.join("\", \"", s.terms()) + "\"; "
				+ s.demand().label() + ")").toList()));
		GridDataFactory.fillDefaults().grab(true, true).hint(500, Math.min(skills.size(), 8) * list.getLineHeight() + 8).applyTo(list);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	/** The check shown. */
	public CvCheck check() {
		return check;
	}

	/** The groups' titles, in order. */
	public List<String> groups() {
		return List.copyOf(groups);
	}
}
