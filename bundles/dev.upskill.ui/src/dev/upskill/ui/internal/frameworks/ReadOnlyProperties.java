/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.frameworks;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * The Properties view's source for an element of an installed framework: the generated item
 * provider's properties ({@link IItemPropertySource} of the edit bundle), shown but never editable
 * (no cell editors, and setting or resetting does nothing), since the registry's models are shared.
 */
record ReadOnlyProperties(Object object, IItemPropertySource source) implements IPropertySource {

	@Override
	public Object getEditableValue() {
		return source.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(object);
		return descriptors.stream().map(item -> {
			PropertyDescriptor descriptor = new PropertyDescriptor(item.getId(object), item.getDisplayName(object));
			descriptor.setDescription(item.getDescription(object));
			descriptor.setCategory(item.getCategory(object));
			IItemLabelProvider labels = item.getLabelProvider(object);
			descriptor.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object value) {
					return labels.getText(value);
				}
			});
			return (IPropertyDescriptor) descriptor;
		}).toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(object, id);
		Object value = descriptor == null ? null : descriptor.getPropertyValue(object);
		return value instanceof IItemPropertySource nested ? nested.getEditableValue(object) : value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(object, id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only
	}
}
