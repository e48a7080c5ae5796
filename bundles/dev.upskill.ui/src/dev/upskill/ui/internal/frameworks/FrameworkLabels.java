/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.frameworks;

import java.math.BigDecimal;
import java.net.URL;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import dev.upskill.core.frameworks.ContributionProblem;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.model.Importance;
import dev.upskill.model.LearningResource;
import dev.upskill.model.NamedElement;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.provider.UpskillItemProviderAdapterFactory;
import dev.upskill.ui.internal.frameworks.FrameworkContent.CategoryNode;
import dev.upskill.ui.internal.frameworks.FrameworkContent.Group;
import dev.upskill.ui.internal.frameworks.FrameworkContent.Loaded;

/** Texts and icons of the Frameworks view's columns. */
final class FrameworkLabels {

	static final int NAME = 0;
	static final int ID = 1;
	static final int CONTRIBUTOR = 2;

	private final Supplier<Loaded> loaded;
	private final FrameworkFilter filter;
	private final Supplier<Viewer> viewer;
	private final AdapterFactory itemProviders = new UpskillItemProviderAdapterFactory();
	private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	/**
	 * @param loaded the registry as the view shows it, or null while it is loading
	 * @param filter the view's filter, for the counts of group nodes that match it
	 */
	FrameworkLabels(Supplier<Loaded> loaded, FrameworkFilter filter, Supplier<Viewer> viewer) {
		this.loaded = loaded;
		this.filter = filter;
		this.viewer = viewer;
	}

	ColumnLabelProvider column(int index) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text(element, index);
			}

			@Override
			public Image getImage(Object element) {
				return index == NAME ? image(element) : null;
			}

			@Override
			public String getToolTipText(Object element) {
				String file = element instanceof RegisteredFramework framework ? workspaceFile(framework) : null;
				if (file != null) {
					return "From the workspace file " + file + " (double-click to edit it in the framework editor)";
				}
				if (element instanceof Skill skill && !skill.getAliases().isEmpty()) {
					return "Also called: " + String.join(", ", skill.getAliases());
				}
				return element instanceof NamedElement named ? named.getDescription() : null;
			}
		};
	}

	/** The path of a workspace framework's file, or null for an installed framework. */
	String workspaceFile(RegisteredFramework framework) {
		Loaded shown = loaded.get();
		return shown == null || !shown.isWorkspace(framework) ? null : shown.snapshot().fileOf(framework).getFullPath().toString();
	}

	String text(Object element, int column) {
		return switch (column) {
			case NAME -> element instanceof Group group ? groupText(group) : name(element);
			case ID -> id(element);
			default -> contributor(element);
		};
	}

	static String name(Object element) {
		return switch (element) {
			case RegisteredFramework framework -> framework.name()
					+ (framework.framework().getVersion() == null ? "" : " " + framework.framework().getVersion())
					+ "  (" + framework.skills().size() + " skills, " + framework.roles().size() + " roles, "
					+ framework.resources().size() + " resources)";
			case Group group -> group.label() + " (" + group.children().size() + ")";
			case CategoryNode category -> category.category().getName();
			case SkillRequirement requirement -> requirementText(requirement);
			case LearningResource resource -> resource.getName() + "  (" + resource.getKind() + ", " + money(resource.getCost())
					+ " " + resource.getCurrency() + ", " + Math.round(resource.getHours()) + " h)";
			case Skill skill -> skill.getName() + "  (" + skill.getKind() + ")";
			case NamedElement named -> named.getName() == null ? named.getId() : named.getName();
			case ContributionProblem problem -> problem.source() + ": " + problem.message();
			default -> String.valueOf(element);
		};
	}

	/** "Roles (11)", or when filtering "Roles (3 of 11)". */
	String groupText(Group group) {
		int total = group.children().size();
		if (!filter.filtering()) {
			return group.label() + " (" + total + ")";
		}
		return group.label() + " (" + filter.visibleCount(viewer.get(), group.children()) + " of " + total + ")";
	}

	private static String requirementText(SkillRequirement requirement) {
		Skill skill = requirement.getSkill();
		String skillName = skill == null || skill.eIsProxy() ? "unknown skill" : skill.getName();
		return skillName + " at level " + requirement.getLevel() + "  ("
				+ (requirement.getImportance() == Importance.ESSENTIAL ? "essential" : "optional") + ", weight "
				+ requirement.getWeight() + ")";
	}

	private static String money(BigDecimal amount) {
		return amount == null ? "0" : amount.stripTrailingZeros().toPlainString();
	}

	static String id(Object element) {
		return switch (element) {
			case RegisteredFramework framework -> framework.id();
			case CategoryNode category -> category.category().getId();
			case SkillRequirement requirement -> requirement.getSkill() == null || requirement.getSkill().eIsProxy() ? ""
					: requirement.getSkill().getId();
			case NamedElement named -> named.getId();
			default -> "";
		};
	}

	String contributor(Object element) {
		return switch (element) {
			case RegisteredFramework framework -> framework.contributor();
			case ContributionProblem problem -> problem.contributor();
			case Role role -> contributorOf(role);
			case LearningResource resource -> contributorOf(resource);
			case Skill skill -> contributorOf(skill);
			default -> "";
		};
	}

	private String contributorOf(EObject element) {
		Loaded shown = loaded.get();
		return shown == null ? "" : shown.contributor(element);
	}

	private Image image(Object element) {
		if (FrameworkContent.LOADING.equals(element)) {
			return null;
		}
		if (element instanceof ContributionProblem || element instanceof Group group && group.owner() instanceof Loaded) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
		}
		EObject object = switch (element) {
			case RegisteredFramework framework -> framework.framework();
			case CategoryNode category -> category.category();
			case EObject eObject -> eObject;
			default -> null;
		};
		if (object == null) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
		}
		IItemLabelProvider provider = (IItemLabelProvider) itemProviders.adapt(object, IItemLabelProvider.class);
		Object image = provider == null ? null : provider.getImage(object);
		return image instanceof URL url ? images.create(ImageDescriptor.createFromURL(url)) : null;
	}

	void dispose() {
		images.dispose();
		if (itemProviders instanceof UpskillItemProviderAdapterFactory factory) {
			factory.dispose();
		}
	}
}
