/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.net.URL;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import dev.upskill.model.Evidence;
import dev.upskill.model.NamedElement;
import dev.upskill.model.PlanStep;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillRequirement;

/**
 * JFace views over the generated EMF item providers: tree content and labels for the Outline,
 * property sources for the Properties view. (EMF's own adapters are in emf.edit.ui, which Maven
 * Central does not carry.)
 */
final class ItemProviderAdapters {

	private ItemProviderAdapters() {
	}

	/** Children from {@link ITreeItemContentProvider}. */
	static final class Content implements ITreeContentProvider {
		private final AdapterFactory factory;

		Content(AdapterFactory factory) {
			this.factory = factory;
		}

		@Override
		public Object[] getElements(Object input) {
			return input instanceof Collection<?> roots ? roots.toArray() : getChildren(input);
		}

		@Override
		public Object[] getChildren(Object parent) {
			ITreeItemContentProvider provider = (ITreeItemContentProvider) factory.adapt(parent, ITreeItemContentProvider.class);
			return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
		}

		@Override
		public Object getParent(Object element) {
			ITreeItemContentProvider provider = (ITreeItemContentProvider) factory.adapt(element, ITreeItemContentProvider.class);
			return provider == null ? null : provider.getParent(element);
		}

		@Override
		public boolean hasChildren(Object element) {
			ITreeItemContentProvider provider = (ITreeItemContentProvider) factory.adapt(element, ITreeItemContentProvider.class);
			return provider != null && provider.hasChildren(element);
		}
	}

	/** Text and icon from {@link IItemLabelProvider}. */
	static final class Labels extends LabelProvider {
		private final AdapterFactory factory;
		private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

		Labels(AdapterFactory factory) {
			this.factory = factory;
		}

		@Override
		public String getText(Object element) {
			String own = domainText(element);
			if (own != null) {
				return own;
			}
			IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
			return provider == null ? String.valueOf(element) : provider.getText(element);
		}

		/** Labels in the user's terms where the generated ones only show a type and a number. */
		private static String domainText(Object element) {
			return switch (element) {
				case SkillAssessment a -> (a.getSkill() == null || a.getSkill().eIsProxy() ? "unknown skill"
						: a.getSkill().getName()) + ": " + level(a, a.getLevel()) + " (" + EnumWords.phrase(a.getSource()) + ", "
						+ a.getDate() + ")";
				case SkillRequirement r -> (r.getSkill() == null || r.getSkill().eIsProxy() ? "unknown skill"
						: r.getSkill().getName()) + ": " + level(r, r.getLevel()) + " (" + EnumWords.phrase(r.getImportance()) + ")";
				case PlanStep step -> (step.getResource() == null || step.getResource().eIsProxy() ? "unknown resource"
						: step.getResource().getName()) + " (weeks " + step.getStartWeek() + "-" + step.getEndWeek() + ", "
						+ EnumWords.phrase(step.getStatus()) + ")";
				case Evidence evidence -> "Evidence: " + evidence.getTitle();
				case NamedElement named when named.getName() != null -> named.getName();
				default -> null;
			};
		}

		/** A level by its name on the skill's scale: "3 - Practitioner". */
		private static String level(EObject element, int level) {
			return SkillLevels.name(SkillLevels.scaleOf(element), level);
		}

		@Override
		public Image getImage(Object element) {
			IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
			Object image = provider == null ? null : provider.getImage(element);
			return image instanceof URL url ? images.create(ImageDescriptor.createFromURL(url)) : null;
		}

		@Override
		public void dispose() {
			images.dispose();
			super.dispose();
		}
	}

	/** Property sources from {@link IItemPropertySource}; changes go through the editing domain's commands. */
	static IPropertySourceProvider propertySources(AdapterFactory factory) {
		return object -> {
			IItemPropertySource source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
			return source == null ? null : new Source(object, source);
		};
	}

	private record Source(Object object, IItemPropertySource source) implements IPropertySource {

		@Override
		public Object getEditableValue() {
			return source.getEditableValue(object);
		}

		@Override
		public IPropertyDescriptor[] getPropertyDescriptors() {
			List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(object);
			return descriptors.stream().map(d -> {
				Object feature = d.getFeature(object);
				boolean text = d.canSetProperty(object) && feature instanceof EAttribute attribute
						&& attribute.getEAttributeType().getInstanceClass() == String.class && !attribute.isMany();
				PropertyDescriptor descriptor = text ? new TextPropertyDescriptor(d.getId(object), d.getDisplayName(object))
						: new PropertyDescriptor(d.getId(object), d.getDisplayName(object));
				descriptor.setDescription(d.getDescription(object));
				descriptor.setCategory(d.getCategory(object));
				descriptor.setLabelProvider(new LabelProvider() {
					@Override
					public String getText(Object value) {
						// the words the grids and the Outline use: "In progress", "3 - Practitioner"
						if (value instanceof Enumerator) {
							return EnumWords.of(value);
						}
						if (object instanceof EObject element && feature instanceof EStructuralFeature level && SkillLevels.isLevel(level)) {
							return SkillLevels.name(SkillLevels.scaleOf(element), value);
						}
						return d.getLabelProvider(object).getText(value);
					}
				});
				return (IPropertyDescriptor) descriptor;
			}).toArray(IPropertyDescriptor[]::new);
		}

		private IItemPropertyDescriptor descriptor(Object id) {
			return source.getPropertyDescriptor(object, id);
		}

		@Override
		public Object getPropertyValue(Object id) {
			IItemPropertyDescriptor descriptor = descriptor(id);
			Object value = descriptor == null ? null : descriptor.getPropertyValue(object);
			return value instanceof IItemPropertySource nested ? nested.getEditableValue(object) : value;
		}

		@Override
		public boolean isPropertySet(Object id) {
			IItemPropertyDescriptor descriptor = descriptor(id);
			return descriptor != null && descriptor.isPropertySet(object);
		}

		@Override
		public void resetPropertyValue(Object id) {
			IItemPropertyDescriptor descriptor = descriptor(id);
			if (descriptor != null) {
				descriptor.resetPropertyValue(object);
			}
		}

		@Override
		public void setPropertyValue(Object id, Object value) {
			IItemPropertyDescriptor descriptor = descriptor(id);
			if (descriptor != null) {
				descriptor.setPropertyValue(object, value);
			}
		}
	}
}
