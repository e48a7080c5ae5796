/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

/**
 * The rows of a details grid: a list of the element selected in the master grid (an assessment's
 * evidence, a role's related roles), read live, empty while nothing is selected or after the
 * element was removed from its file.
 *
 * @param <M> the master element
 * @param <T> the rows
 */
final class DetailList<M extends EObject, T> extends AbstractList<T> {

	private final Function<M, List<T>> list;
	private M master;

	DetailList(Function<M, List<T>> list) {
		this.list = list;
	}

	/** The master element, or null when there is none (or it is no longer in its file). */
	M master() {
		return master != null && master.eResource() == null ? null : master;
	}

	void setMaster(M element) {
		master = element;
	}

	@Override
	public T get(int index) {
		return list.apply(master()).get(index);
	}

	@Override
	public int size() {
		return master() == null ? 0 : list.apply(master).size();
	}
}
