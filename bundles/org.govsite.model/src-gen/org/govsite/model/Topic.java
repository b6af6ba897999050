/**
 */
package org.govsite.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Topic</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.govsite.model.Topic#getPathSegment <em>Path Segment</em>}</li>
 *   <li>{@link org.govsite.model.Topic#isOnHomePage <em>On Home Page</em>}</li>
 *   <li>{@link org.govsite.model.Topic#isArchived <em>Archived</em>}</li>
 *   <li>{@link org.govsite.model.Topic#getArchivedOn <em>Archived On</em>}</li>
 * </ul>
 *
 * @see org.govsite.model.GovSitePackage#getTopic()
 * @model
 * @generated
 */
public interface Topic extends Named {
	/**
	 * Returns the value of the '<em><b>Path Segment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path Segment</em>' attribute.
	 * @see #setPathSegment(String)
	 * @see org.govsite.model.GovSitePackage#getTopic_PathSegment()
	 * @model
	 * @generated
	 */
	String getPathSegment();

	/**
	 * Sets the value of the '{@link org.govsite.model.Topic#getPathSegment <em>Path Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path Segment</em>' attribute.
	 * @see #getPathSegment()
	 * @generated
	 */
	void setPathSegment(String value);

	/**
	 * Returns the value of the '<em><b>On Home Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>On Home Page</em>' attribute.
	 * @see #setOnHomePage(boolean)
	 * @see org.govsite.model.GovSitePackage#getTopic_OnHomePage()
	 * @model
	 * @generated
	 */
	boolean isOnHomePage();

	/**
	 * Sets the value of the '{@link org.govsite.model.Topic#isOnHomePage <em>On Home Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On Home Page</em>' attribute.
	 * @see #isOnHomePage()
	 * @generated
	 */
	void setOnHomePage(boolean value);

	/**
	 * Returns the value of the '<em><b>Archived</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Archived</em>' attribute.
	 * @see #setArchived(boolean)
	 * @see org.govsite.model.GovSitePackage#getTopic_Archived()
	 * @model
	 * @generated
	 */
	boolean isArchived();

	/**
	 * Sets the value of the '{@link org.govsite.model.Topic#isArchived <em>Archived</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Archived</em>' attribute.
	 * @see #isArchived()
	 * @generated
	 */
	void setArchived(boolean value);

	/**
	 * Returns the value of the '<em><b>Archived On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Archived On</em>' attribute.
	 * @see #setArchivedOn(Date)
	 * @see org.govsite.model.GovSitePackage#getTopic_ArchivedOn()
	 * @model
	 * @generated
	 */
	Date getArchivedOn();

	/**
	 * Sets the value of the '{@link org.govsite.model.Topic#getArchivedOn <em>Archived On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Archived On</em>' attribute.
	 * @see #getArchivedOn()
	 * @generated
	 */
	void setArchivedOn(Date value);

} // Topic
