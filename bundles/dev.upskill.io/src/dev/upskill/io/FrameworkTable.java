/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.upskill.core.table.Column;
import dev.upskill.core.table.Table;
import dev.upskill.model.Framework;
import dev.upskill.model.LearningResource;
import dev.upskill.model.NamedElement;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillCategory;
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillRequirement;

/**
 * A framework as one table: a row per category, skill, role, requirement, learning resource and
 * skill a resource teaches, in that order. The CSV and XLSX exports (and so the workbench's
 * File &gt; Export and {@code upskill export}) write this table; a spreadsheet exported this way can
 * be read back by the spreadsheet importer.
 * <p>
 * Skills of other frameworks are written {@code framework#id}; those of the framework itself by
 * their id.
 *
 * @since 0.1.0
 */
public final class FrameworkTable {

	/** What a row is. */
	public enum Kind {
		CATEGORY, SKILL, ROLE, REQUIREMENT, RESOURCE, GAIN;

		/** The lower-case word written in the {@code kind} column. */
		public String word() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/**
	 * One row: the element, and the element it belongs to (the parent category, the skill's category,
	 * the requirement's role, the gain's resource), or null.
	 */
	public record Row(Kind kind, EObject element, NamedElement owner) {
	}

	public static final Table<Row> TABLE = new Table<>("Framework", List.of(
			Column.<Row>text("kind", "Kind", r -> r.kind().word()),
			Column.<Row>text("id", "Id", r -> r.element() instanceof NamedElement n ? n.getId() : null),
			Column.<Row>text("name", "Name", r -> r.element() instanceof NamedElement n ? n.getName() : null),
			Column.<Row>text("parent", "Belongs to", r -> r.owner() == null ? null : r.owner().getId()),
			Column.<Row>text("skillKind", "Skill kind", r -> r.element() instanceof Skill s && s.getKind() != null ? s.getKind().getLiteral() : null),
			Column.<Row>text("skill", "Skill", r -> switch (r.element()) {
				case SkillRequirement q -> key(q.getSkill(), r);
				case SkillGain g -> key(g.getSkill(), r);
				default -> null;
			}),
			Column.<Row>integer("level", "Level", r -> switch (r.element()) {
				case SkillRequirement q -> q.isSetLevel() ? q.getLevel() : null;
				case SkillGain g -> g.isSetLevel() ? g.getLevel() : null;
				default -> null;
			}),
			Column.<Row>text("importance", "Importance",
					r -> r.element() instanceof SkillRequirement q && q.getImportance() != null ? q.getImportance().getLiteral() : null),
			Column.<Row>decimal("weight", "Weight", 3, r -> r.element() instanceof SkillRequirement q ? q.getWeight() : null),
			Column.<Row>text("family", "Family", r -> r.element() instanceof Role role ? role.getFamily() : null),
			Column.<Row>list("aliases", "Aliases", r -> r.element() instanceof Skill s ? List.copyOf(s.getAliases()) : null),
			Column.<Row>list("requiresContext", "Words that need a technical context",
					r -> r.element() instanceof Skill s ? List.copyOf(s.getRequiresContext()) : null),
			Column.<Row>list("related", "Related", r -> switch (r.element()) {
				case Skill s -> s.getRelated().stream().map(o -> key(o, r)).toList();
				case Role role -> role.getRelatedRoles().stream().map(o -> key(o, r)).toList();
				default -> null;
			}),
			Column.<Row>list("prerequisites", "Prerequisites",
					r -> r.element() instanceof Skill s ? s.getPrerequisites().stream().map(o -> key(o, r)).toList() : null),
			Column.<Row>list("facets", "Facets", r -> switch (r.element()) {
				case Skill s -> List.copyOf(s.getFacets());
				case Role role -> List.copyOf(role.getFacets());
				case SkillCategory c -> List.copyOf(c.getFacets());
				default -> null;
			}),
			Column.<Row>text("resourceKind", "Resource kind",
					r -> r.element() instanceof LearningResource l && l.getKind() != null ? l.getKind().getLiteral() : null),
			Column.<Row>text("provider", "Provider", r -> r.element() instanceof LearningResource l ? l.getProvider() : null),
			Column.<Row>text("url", "URL", r -> r.element() instanceof LearningResource l ? l.getUrl() : null),
			Column.<Row>money("cost", "Cost", r -> r.element() instanceof LearningResource l ? cost(l) : null),
			Column.<Row>text("currency", "Currency", r -> r.element() instanceof LearningResource l ? l.getCurrency() : null),
			Column.<Row>decimal("hours", "Hours", 1, r -> r.element() instanceof LearningResource l ? l.getHours() : null),
			Column.<Row>text("sourceUri", "Source", r -> switch (r.element()) {
				case Skill s -> s.getSourceUri();
				case Role role -> role.getSourceUri();
				default -> null;
			}),
			Column.<Row>text("description", "Description", r -> r.element() instanceof NamedElement n ? n.getDescription() : null)),
			r -> r.kind() == Kind.CATEGORY || r.kind() == Kind.ROLE || r.kind() == Kind.RESOURCE);

	private FrameworkTable() {
	}

	/** The rows of a framework, in the table's order. */
	public static List<Row> rows(Framework framework) {
		List<Row> rows = new ArrayList<>();
		for (TreeIterator<EObject> it = framework.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof SkillCategory category) {
				rows.add(new Row(Kind.CATEGORY, category, category.eContainer() instanceof SkillCategory parent ? parent : null));
			} else {
				it.prune();
			}
		}
		for (Skill skill : framework.getSkills()) {
			rows.add(new Row(Kind.SKILL, skill, skill.getCategory()));
		}
		for (Role role : framework.getRoles()) {
			rows.add(new Row(Kind.ROLE, role, null));
			for (SkillRequirement requirement : role.getRequirements()) {
				rows.add(new Row(Kind.REQUIREMENT, requirement, role));
			}
		}
		for (LearningResource resource : framework.getResources()) {
			rows.add(new Row(Kind.RESOURCE, resource, null));
			for (SkillGain gain : resource.getGains()) {
				rows.add(new Row(Kind.GAIN, gain, resource));
			}
		}
		return rows;
	}

	private static BigDecimal cost(LearningResource resource) {
		return resource.getCost();
	}

	/** An element's id when it is in the row's framework, {@code framework#id} when in another. */
	private static String key(NamedElement element, Row row) {
		if (element == null) {
			return null;
		}
		EObject root = EcoreUtil.getRootContainer(element);
		EObject own = EcoreUtil.getRootContainer(row.element());
		if (root == own || !(root instanceof Framework framework)) {
			return element.getId();
		}
		return framework.getId() + "#" + element.getId();
	}
}
