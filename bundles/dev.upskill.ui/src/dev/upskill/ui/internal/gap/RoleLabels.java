/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.gap;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.table.GapTable;
import dev.upskill.model.Role;
import dev.upskill.ui.internal.frameworks.WorkspaceFrameworks;

/**
 * What people read for a role among others: its name and its framework's name
 * ({@code Data analyst using AI (AI upskilling)}); the role's id only where two roles of the same
 * framework share the name ({@code Data analyst (Acme, role.analyst-2)}), and {@code workspace} after the
 * framework's name when it is a workspace file's ({@code Nurse (ESCO, workspace)}); never the raw
 * {@code framework#role} key.
 */
final class RoleLabels {

	/** How many roles have each name within each framework (case-folded). */
	private final Map<String, Integer> sameName = new HashMap<>();

	/** Labels for roles among these (the roles a chooser or a table shows). */
	RoleLabels(Collection<Role> among) {
		for (Role role : among) {
			sameName.merge(nameKey(role), 1, Integer::sum);
		}
	}

	String label(Role role) {
		String name = role.getName() == null || role.getName().isBlank() ? role.getId() : role.getName();
		String framework = GapTable.frameworkName(role);
		if (framework != null && WorkspaceFrameworks.isWorkspace(role)) {
			framework += ", " + WorkspaceFrameworks.CONTRIBUTOR;
		}
		boolean ambiguous = sameName.getOrDefault(nameKey(role), 0) > 1;
		if (framework == null) {
			return ambiguous ? name + " (" + role.getId() + ")" : name;
		}
		return name + " (" + framework + (ambiguous ? ", " + role.getId() : "") + ")";
	}

	/** The label of a role on its own (no other role to tell it from). */
	static String single(Role role) {
		return new RoleLabels(List.of()).label(role);
	}

	private static String nameKey(Role role) {
		String framework = GapTable.frameworkName(role);
		String name = role.getName() == null ? SkillKeys.of(role) : role.getName().strip();
		return (framework == null ? "" : framework) + "\u0000" + name.toLowerCase(Locale.ROOT);
	}
}
