/**
 */
package org.govsite.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Platform</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One intensive platform: a province platform or a city platform (the "1+N" model).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.govsite.model.Platform#getDivisionCode <em>Division Code</em>}</li>
 *   <li>{@link org.govsite.model.Platform#getLevel <em>Level</em>}</li>
 *   <li>{@link org.govsite.model.Platform#getOrganisations <em>Organisations</em>}</li>
 *   <li>{@link org.govsite.model.Platform#getSites <em>Sites</em>}</li>
 * </ul>
 *
 * @see org.govsite.model.GovSitePackage#getPlatform()
 * @model
 * @generated
 */
public interface Platform extends Named {
	/**
	 * Returns the value of the '<em><b>Division Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Division Code</em>' attribute.
	 * @see #setDivisionCode(String)
	 * @see org.govsite.model.GovSitePackage#getPlatform_DivisionCode()
	 * @model
	 * @generated
	 */
	String getDivisionCode();

	/**
	 * Sets the value of the '{@link org.govsite.model.Platform#getDivisionCode <em>Division Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Division Code</em>' attribute.
	 * @see #getDivisionCode()
	 * @generated
	 */
	void setDivisionCode(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.govsite.model.SiteLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.govsite.model.SiteLevel
	 * @see #setLevel(SiteLevel)
	 * @see org.govsite.model.GovSitePackage#getPlatform_Level()
	 * @model
	 * @generated
	 */
	SiteLevel getLevel();

	/**
	 * Sets the value of the '{@link org.govsite.model.Platform#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.govsite.model.SiteLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(SiteLevel value);

	/**
	 * Returns the value of the '<em><b>Organisations</b></em>' containment reference list.
	 * The list contents are of type {@link org.govsite.model.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisations</em>' containment reference list.
	 * @see org.govsite.model.GovSitePackage#getPlatform_Organisations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Organisation> getOrganisations();

	/**
	 * Returns the value of the '<em><b>Sites</b></em>' containment reference list.
	 * The list contents are of type {@link org.govsite.model.Site}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sites</em>' containment reference list.
	 * @see org.govsite.model.GovSitePackage#getPlatform_Sites()
	 * @model containment="true"
	 * @generated
	 */
	EList<Site> getSites();

} // Platform
