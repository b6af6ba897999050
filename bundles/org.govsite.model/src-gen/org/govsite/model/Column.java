/**
 */
package org.govsite.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Column</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.govsite.model.Column#getPathSegment <em>Path Segment</em>}</li>
 *   <li>{@link org.govsite.model.Column#getCategory <em>Category</em>}</li>
 *   <li>{@link org.govsite.model.Column#getDescription <em>Description</em>}</li>
 *   <li>{@link org.govsite.model.Column#getKeywords <em>Keywords</em>}</li>
 *   <li>{@link org.govsite.model.Column#getUpdatePeriodDays <em>Update Period Days</em>}</li>
 *   <li>{@link org.govsite.model.Column#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @see org.govsite.model.GovSitePackage#getColumn()
 * @model
 * @generated
 */
public interface Column extends Named {
	/**
	 * Returns the value of the '<em><b>Path Segment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path Segment</em>' attribute.
	 * @see #setPathSegment(String)
	 * @see org.govsite.model.GovSitePackage#getColumn_PathSegment()
	 * @model
	 * @generated
	 */
	String getPathSegment();

	/**
	 * Sets the value of the '{@link org.govsite.model.Column#getPathSegment <em>Path Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path Segment</em>' attribute.
	 * @see #getPathSegment()
	 * @generated
	 */
	void setPathSegment(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.govsite.model.ColumnCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.govsite.model.ColumnCategory
	 * @see #setCategory(ColumnCategory)
	 * @see org.govsite.model.GovSitePackage#getColumn_Category()
	 * @model
	 * @generated
	 */
	ColumnCategory getCategory();

	/**
	 * Sets the value of the '{@link org.govsite.model.Column#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.govsite.model.ColumnCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(ColumnCategory value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.govsite.model.GovSitePackage#getColumn_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.govsite.model.Column#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Keywords</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Keywords</em>' attribute.
	 * @see #setKeywords(String)
	 * @see org.govsite.model.GovSitePackage#getColumn_Keywords()
	 * @model
	 * @generated
	 */
	String getKeywords();

	/**
	 * Sets the value of the '{@link org.govsite.model.Column#getKeywords <em>Keywords</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Keywords</em>' attribute.
	 * @see #getKeywords()
	 * @generated
	 */
	void setKeywords(String value);

	/**
	 * Returns the value of the '<em><b>Update Period Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expected update period in days; 0 means the category default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Update Period Days</em>' attribute.
	 * @see #setUpdatePeriodDays(int)
	 * @see org.govsite.model.GovSitePackage#getColumn_UpdatePeriodDays()
	 * @model
	 * @generated
	 */
	int getUpdatePeriodDays();

	/**
	 * Sets the value of the '{@link org.govsite.model.Column#getUpdatePeriodDays <em>Update Period Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Update Period Days</em>' attribute.
	 * @see #getUpdatePeriodDays()
	 * @generated
	 */
	void setUpdatePeriodDays(int value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.govsite.model.Column}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.govsite.model.GovSitePackage#getColumn_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<Column> getChildren();

} // Column
