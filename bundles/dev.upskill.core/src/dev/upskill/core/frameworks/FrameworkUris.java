/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.frameworks;

import org.eclipse.emf.common.util.URI;

/**
 * The addresses of contributed frameworks, independent of the bundle and file that hold them:
 * {@code upskill:/framework/<framework id>}, and {@code upskill:/framework/<id>#<element id>} for
 * their elements. Profiles, plans and additions refer to contributed frameworks this way, so their
 * references survive a framework moving to another bundle or a new version.
 *
 * @since 0.1.0
 */
public final class FrameworkUris {

	public static final String SCHEME = "upskill";
	private static final String SEGMENT = "framework";

	private FrameworkUris() {
	}

	/** The URI of the framework with the given id. */
	public static URI of(String frameworkId) {
		return URI.createHierarchicalURI(SCHEME, null, null, new String[] { SEGMENT, frameworkId }, null, null);
	}

	/** The URI of an element of a framework. */
	public static URI of(String frameworkId, String elementId) {
		return of(frameworkId).appendFragment(elementId);
	}

	/** The framework id of an {@code upskill:/framework/...} URI, or null for any other URI. */
	public static String frameworkId(URI uri) {
		if (uri != null && SCHEME.equals(uri.scheme()) && uri.segmentCount() == 2 && SEGMENT.equals(uri.segment(0))) {
			return uri.segment(1);
		}
		return null;
	}
}
