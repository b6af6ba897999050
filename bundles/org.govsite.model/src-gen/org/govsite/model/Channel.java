/**
 */
package org.govsite.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.govsite.model.Channel#getPathSegment <em>Path Segment</em>}</li>
 *   <li>{@link org.govsite.model.Channel#getColumns <em>Columns</em>}</li>
 * </ul>
 *
 * @see org.govsite.model.GovSitePackage#getChannel()
 * @model
 * @generated
 */
public interface Channel extends Named {
	/**
	 * Returns the value of the '<em><b>Path Segment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path Segment</em>' attribute.
	 * @see #setPathSegment(String)
	 * @see org.govsite.model.GovSitePackage#getChannel_PathSegment()
	 * @model
	 * @generated
	 */
	String getPathSegment();

	/**
	 * Sets the value of the '{@link org.govsite.model.Channel#getPathSegment <em>Path Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path Segment</em>' attribute.
	 * @see #getPathSegment()
	 * @generated
	 */
	void setPathSegment(String value);

	/**
	 * Returns the value of the '<em><b>Columns</b></em>' reference list.
	 * The list contents are of type {@link org.govsite.model.Column}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Columns</em>' reference list.
	 * @see org.govsite.model.GovSitePackage#getChannel_Columns()
	 * @model
	 * @generated
	 */
	EList<Column> getColumns();

} // Channel
