/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.posting;

import org.eclipse.core.resources.IFile;

import dev.upskill.core.gap.AnalysisContext;
import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.core.gap.TrustOrder;
import dev.upskill.model.Profile;

/**
 * The profile a posting is compared with: its file, the profile read with its frameworks (in a
 * resource set of its own, never changed after), and the current levels in the preferred trust order.
 */
record PostingProfile(IFile file, AnalysisContext context, CurrentLevels levels) {

	static PostingProfile of(IFile file, AnalysisContext context) {
		return new PostingProfile(file, context, CurrentLevels.of(context.profile(), TrustOrder.preferred()));
	}

	Profile profile() {
		return context.profile();
	}

	/** The person's name, else the profile's, else the file's. */
	String person() {
		Profile profile = context.profile();
		if (profile.getPerson() != null && !profile.getPerson().isBlank()) {
			return profile.getPerson();
		}
		return profile.getName() != null && !profile.getName().isBlank() ? profile.getName() : file.getName();
	}
}
