/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.table;

import java.util.ArrayList;
import java.util.List;

import dev.upskill.core.plan.RolesWithinReach.Reach;

/**
 * The roles-within-reach table: roles by the weeks to be ready, with the hours and cost of their
 * best plans ({@code upskill reach --format csv|json}).
 *
 * @since 0.3.0
 */
public final class ReachTable {

	/**
	 * @param rank 1 for the role ready soonest
	 * @param currency the currency of the costs
	 */
	public record Row(int rank, Reach reach, String currency) {
	}

	public static final Table<Row> TABLE = new Table<>("Roles within reach", List.of(
			Column.<Row>integer("rank", "#", Row::rank),
			Column.<Row>text("role", "Id", r -> r.reach().key()),
			Column.<Row>text("name", "Role", r -> r.reach().role().getName()),
			Column.<Row>decimal("fit", "Fit", 1, r -> r.reach().fit()),
			Column.<Row>bool("reachable", "Reachable", r -> r.reach().reachable()),
			Column.<Row>integer("weeks", "Weeks", r -> r.reach().reachable() ? r.reach().weeks() : null).blankAs("-"),
			Column.<Row>decimal("hours", "Hours", 3, r -> r.reach().hours()),
			Column.<Row>money("cost", "Cost", r -> r.reach().cost()),
			Column.<Row>text("currency", "Currency", Row::currency),
			Column.<Row>bool("exact", "Exact", r -> r.reach().exact()),
			Column.<Row>text("note", "Note", r -> r.reach().note())), null);

	private ReachTable() {
	}

	public static List<Row> rows(List<Reach> shown, String currency) {
		List<Row> rows = new ArrayList<>(shown.size());
		for (int i = 0; i < shown.size(); i++) {
			rows.add(new Row(i + 1, shown.get(i), currency));
		}
		return rows;
	}
}
