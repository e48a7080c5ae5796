/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.frameworks;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.ui.dialogs.PatternFilter;

import dev.upskill.ui.internal.frameworks.FrameworkContent.Loaded;
import dev.upskill.ui.internal.frameworks.FrameworkIndex.Matches;

/**
 * Matches an element by name, id, the aliases job postings use for skills, or a problem's text, and
 * requirements and resources by the skills they are about ({@link FrameworkIndex}). The query is
 * matched against the whole index once when it changes (the tree's refresh is debounced by the
 * filtered tree), so showing the tree costs a set lookup per element.
 */
final class FrameworkFilter extends PatternFilter {

	private final Supplier<Loaded> loaded;
	private String pattern;
	private Matches matches;
	private FrameworkIndex matchedIndex;

	FrameworkFilter(Supplier<Loaded> loaded) {
		this.loaded = loaded;
		setIncludeLeadingWildcard(true);
	}

	@Override
	public void setPattern(String patternString) {
		super.setPattern(patternString);
		if (patternString != null && patternString.startsWith("org.eclipse.ui.keys.optimization.")) {
			return;
		}
		pattern = patternString;
		matches = null;
		matchedIndex = null;
	}

	/** The query the tree is filtered by, or null. */
	String query() {
		return pattern;
	}

	/** What the current query found, or null when nothing is filtered. */
	Matches matches() {
		Loaded shown = loaded.get();
		if (shown == null || pattern == null || pattern.isBlank()) {
			return null;
		}
		if (matchedIndex != shown.index()) {
			matches = shown.index().match(pattern);
			matchedIndex = shown.index();
		}
		return matches;
	}

	/** Whether the tree is filtered. */
	boolean filtering() {
		return matches() != null;
	}

	@Override
	protected boolean isLeafMatch(Viewer viewer, Object element) {
		Matches found = matches();
		if (found == null) {
			return true;
		}
		if (element instanceof FrameworkContent.CategoryNode category) {
			return found.contains(category.category());
		}
		return found.contains(element);
	}

	/** How many of a group's children the tree shows under the current query. */
	int visibleCount(Viewer viewer, List<?> children) {
		if (matches() == null) {
			return children.size();
		}
		int count = 0;
		for (Object child : children) {
			if (isElementVisible(viewer, child)) {
				count++;
			}
		}
		return count;
	}
}
