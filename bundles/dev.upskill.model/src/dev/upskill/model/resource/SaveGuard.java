/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.resource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentsEList;

import dev.upskill.model.NamedElement;
import dev.upskill.model.util.UpskillValidator;
import dev.upskill.model.validation.Labels;

/**
 * Refuses to save a model that would not come back whole: named elements without an id, ids
 * that EMF cannot read back (a colon makes EMF drop every reference to the element, silently),
 * duplicate ids, and references to elements that are in no file (they save, and fail only on the
 * next load).
 */
final class SaveGuard {

	private static final int MAX_REPORTED = 20;

	private SaveGuard() {
	}

	/**
	 * The rule of the model's Identifier data type (its pattern facet in {@code upskill.ecore}), as
	 * the model's validator checks it.
	 */
	static boolean validIdentifier(String id) {
		return UpskillValidator.INSTANCE.validateIdentifier(id, null, null);
	}

	static void check(UpskillResource resource) throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, EObject> ids = new HashMap<>();
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (object instanceof NamedElement named) {
				String id = named.getId();
				if (id == null || id.isBlank()) {
					problems.add(Labels.of(object) + " has no id");
				} else if (!validIdentifier(id)) {
					problems.add(Labels.of(object) + " has the id '" + id
							+ "', which may use only letters, digits, '_', '.' and '-' (no colon, no space)");
				} else {
					EObject previous = ids.putIfAbsent(id, object);
					if (previous != null) {
						problems.add(Labels.of(object) + " has the same id as " + Labels.of(previous));
					}
				}
			}
			for (EContentsEList.FeatureIterator<EObject> refs = (EContentsEList.FeatureIterator<EObject>) ((EContentsEList<EObject>) object
					.eCrossReferences()).basicIterator(); refs.hasNext();) {
				EObject target = refs.next();
				EReference reference = (EReference) refs.feature();
				if (!target.eIsProxy() && target.eResource() == null) {
					problems.add(Labels.of(object) + " refers (" + reference.getName() + ") to " + Labels.of(target)
							+ ", which is in no file");
				}
			}
		}
		if (!problems.isEmpty()) {
			StringBuilder message = new StringBuilder("Not saved: ").append(resource.getURI().lastSegment())
					.append(" would not load back whole:");
			problems.stream().limit(MAX_REPORTED).forEach(p -> message.append("\n  - ").append(p));
			if (problems.size() > MAX_REPORTED) {
				message.append("\n  ... and ").append(problems.size() - MAX_REPORTED).append(" more");
			}
			throw new IOException(message.toString());
		}
	}
}
