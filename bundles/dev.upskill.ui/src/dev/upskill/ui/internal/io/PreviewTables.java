/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import dev.upskill.core.table.Column;
import dev.upskill.io.FrameworkTable;
import dev.upskill.io.FrameworkTable.Kind;
import dev.upskill.io.FrameworkTable.Row;
import dev.upskill.io.ImportProblem;
import dev.upskill.io.ImportProblem.Severity;
import dev.upskill.io.ImportResult;
import dev.upskill.model.Framework;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;

/**
 * The two tables of the import preview: the first skills and roles, in the columns of
 * {@link FrameworkTable} (the table the exports write), and every problem with its file, line,
 * record and reason, errors first.
 */
public final class PreviewTables {

	/** How many skills, and how many roles, the preview lists. */
	static final int FIRST = 20;

	/** How many problems the preview lists (the importers sum up repeated ones already). */
	static final int PROBLEMS_SHOWN = 500;

	/** The columns of the framework table the preview shows. */
	private static final List<String> COLUMNS = List.of("kind", "id", "name", "parent", "skillKind", "family", "description");

	private final Label sampleTitle;
	private final TableViewer sample;
	private final Label problemsTitle;
	private final TableViewer problems;

	PreviewTables(Composite page) {
		sampleTitle = new Label(page, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(sampleTitle);
		sample = viewer(page, 190);
		for (String key : COLUMNS) {
			Column<Row> column = FrameworkTable.TABLE.column(FrameworkTable.TABLE.indexOf(key));
			int width = switch (key) {
				case "kind" -> 50;
				case "name", "description" -> 220;
				case "id", "parent" -> 150;
				default -> 80;
			};
			column(sample, column.title(), width, null, r -> column.shown(column.valueOf((Row) r)));
		}
		problemsTitle = new Label(page, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(problemsTitle);
		problems = viewer(page, 100);
		column(problems, "Severity", 85, p -> image(((ImportProblem) p).severity()), p -> word(((ImportProblem) p).severity()));
		column(problems, "File", 170, null, p -> ((ImportProblem) p).file());
		column(problems, "Line", 55, null, p -> ((ImportProblem) p).line() > 0 ? Long.toString(((ImportProblem) p).line()) : "");
		column(problems, "Record", 80, null, p -> ((ImportProblem) p).record() == null ? "" : ((ImportProblem) p).record());
		column(problems, "Reason", 600, null, p -> ((ImportProblem) p).message());
		show(null);
	}

	private static TableViewer viewer(Composite page, int height) {
		TableViewer viewer = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(900, height).applyTo(viewer.getControl());
		return viewer;
	}

	private static void column(TableViewer viewer, String title, int width, Function<Object, Image> image, Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply(element);
				return value == null ? "" : value.replace('\n', ' ');
			}

			@Override
			public String getToolTipText(Object element) {
				String value = text.apply(element);
				return value == null || value.isBlank() ? null : wrapped(value);
			}

			@Override
			public Image getImage(Object element) {
				return image == null ? null : image.apply(element);
			}
		});
	}

	/** Long text in lines of about 100 characters, for tool tips. */
	static String wrapped(String text) {
		StringBuilder lines = new StringBuilder(text.length() + 8);
		int column = 0;
		for (String word : text.split(" ")) {
			if (column > 0 && column + word.length() > 100) {
				lines.append('\n');
				column = 0;
			} else if (column > 0) {
				lines.append(' ');
				column++;
			}
			lines.append(word);
			column += word.length();
		}
		return lines.toString();
	}

	private static Image image(Severity severity) {
		String key = switch (severity) {
			case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
			case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
			case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
		};
		return PlatformUI.getWorkbench().getSharedImages().getImage(key);
	}

	/** The severity as the problems table writes it. */
	static String word(Severity severity) {
		return switch (severity) {
			case ERROR -> "Error";
			case WARNING -> "Warning";
			case INFO -> "Note";
		};
	}

	/** Shows an import's first rows and problems; nothing for null. */
	void show(ImportResult result) {
		Framework framework = result == null ? null : result.framework();
		List<Row> rows = framework == null ? List.of() : firstRows(framework);
		sample.setInput(rows);
		int all = framework == null ? 0 : framework.getSkills().size() + framework.getRoles().size();
		sampleTitle.setText(framework == null ? "First skills and roles:"
				: String.format(Locale.ROOT, "First skills and roles (%,d of %,d):", rows.size(), all));
		List<ImportProblem> listed = result == null ? List.of()
				: result.problems().stream().sorted(Comparator.comparing(ImportProblem::severity, Comparator.reverseOrder())).toList();
		problems.setInput(listed.subList(0, Math.min(PROBLEMS_SHOWN, listed.size())));
		problemsTitle.setText(result == null ? "Problems:" : problemsTitle(result, listed.size()));
	}

	private static String problemsTitle(ImportResult result, int listed) {
		if (listed == 0) {
			return "Problems: none.";
		}
		List<String> parts = new ArrayList<>();
		for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
			long count = result.count(severity);
			if (count > 0) {
				String word = word(severity).toLowerCase(Locale.ROOT);
				parts.add(count + " " + word + (count == 1 ? "" : "s"));
			}
		}
		return "Problems (" + String.join(", ", parts) + (listed > PROBLEMS_SHOWN ? "; the first " + PROBLEMS_SHOWN + " listed" : "") + "):";
	}

	/** The first skills, then the first roles, as rows of the framework table. */
	static List<Row> firstRows(Framework framework) {
		List<Row> rows = new ArrayList<>();
		for (Skill skill : framework.getSkills().subList(0, Math.min(FIRST, framework.getSkills().size()))) {
			rows.add(new Row(Kind.SKILL, skill, skill.getCategory()));
		}
		for (Role role : framework.getRoles().subList(0, Math.min(FIRST, framework.getRoles().size()))) {
			rows.add(new Row(Kind.ROLE, role, null));
		}
		return rows;
	}

	public Table sampleTable() {
		return sample.getTable();
	}

	public Table problemsTable() {
		return problems.getTable();
	}

	public String sampleTitle() {
		return sampleTitle.getText();
	}

	public String problemsTitle() {
		return problemsTitle.getText();
	}
}
