/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import dev.upskill.model.Framework;
import dev.upskill.model.NamedElement;

/**
 * What a new import of a framework adds, changes and removes against the previous one, element
 * by element (by id: the importers derive ids from the source's own identifiers, so an element
 * that is still in the source keeps its id, and the profiles and plans that refer to it keep
 * working). An element changed when one of its values, the ids it refers to, or anything it
 * contains (a role's requirements, a scale's levels) differs.
 *
 * @param added the ids of elements only in the new framework
 * @param changed the ids of elements in both that differ
 * @param removed the ids of elements only in the previous framework
 * @since 0.1.0
 */
public record FrameworkChanges(List<String> added, List<String> changed, List<String> removed) {

	/** Compares two frameworks. */
	public static FrameworkChanges between(Framework previous, Framework next) {
		Map<String, NamedElement> before = elements(previous);
		Map<String, NamedElement> after = elements(next);
		List<String> added = new ArrayList<>();
		List<String> changed = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		for (Map.Entry<String, NamedElement> entry : after.entrySet()) {
			NamedElement old = before.get(entry.getKey());
			if (old == null || old.eClass() != entry.getValue().eClass()) {
				added.add(entry.getKey());
			} else if (!fingerprint(old).equals(fingerprint(entry.getValue()))) {
				changed.add(entry.getKey());
			}
		}
		for (Map.Entry<String, NamedElement> entry : before.entrySet()) {
			NamedElement now = after.get(entry.getKey());
			if (now == null || now.eClass() != entry.getValue().eClass()) {
				removed.add(entry.getKey());
			}
		}
		return new FrameworkChanges(List.copyOf(added), List.copyOf(changed), List.copyOf(removed));
	}

	/** Whether nothing was added, changed or removed. */
	public boolean isEmpty() {
		return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
	}

	/** {@code 3 added, 1 changed, 0 removed}. */
	@Override
	public String toString() {
		return added.size() + " added, " + changed.size() + " changed, " + removed.size() + " removed";
	}

	private static Map<String, NamedElement> elements(Framework framework) {
		Map<String, NamedElement> elements = new LinkedHashMap<>();
		for (TreeIterator<EObject> it = framework.eAllContents(); it.hasNext();) {
			if (it.next() instanceof NamedElement named && named.getId() != null) {
				elements.putIfAbsent(named.getId(), named);
			}
		}
		return elements;
	}

	/**
	 * The element's values, the ids it refers to and, for what it contains that has no id of its
	 * own (requirements, levels, gains), the same again; nested named elements (subcategories) are
	 * compared on their own.
	 */
	private static String fingerprint(EObject object) {
		StringBuilder text = new StringBuilder(object.eClass().getName()).append('{');
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			text.append(attribute.getName()).append('=').append(Objects.toString(object.eGet(attribute))).append(';');
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			Object value = object.eGet(reference, false);
			List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
			text.append(reference.getName()).append('=');
			for (Object target : values) {
				if (reference.isContainment()) {
					text.append(target instanceof NamedElement named ? named.getId() : fingerprint((EObject) target)).append(',');
				} else {
					text.append(target instanceof NamedElement named ? named.getId() : String.valueOf(target)).append(',');
				}
			}
			text.append(';');
		}
		return text.append('}').toString();
	}
}
