/**
 */
package org.govsite.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A government or department that hosts (主办) or operates (承办) sites.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.govsite.model.Organisation#getKind <em>Kind</em>}</li>
 *   <li>{@link org.govsite.model.Organisation#getDivisionCode <em>Division Code</em>}</li>
 *   <li>{@link org.govsite.model.Organisation#getShortName <em>Short Name</em>}</li>
 *   <li>{@link org.govsite.model.Organisation#getSuperior <em>Superior</em>}</li>
 *   <li>{@link org.govsite.model.Organisation#getSites <em>Sites</em>}</li>
 * </ul>
 *
 * @see org.govsite.model.GovSitePackage#getOrganisation()
 * @model
 * @generated
 */
public interface Organisation extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.govsite.model.OrganisationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.govsite.model.OrganisationKind
	 * @see #setKind(OrganisationKind)
	 * @see org.govsite.model.GovSitePackage#getOrganisation_Kind()
	 * @model
	 * @generated
	 */
	OrganisationKind getKind();

	/**
	 * Sets the value of the '{@link org.govsite.model.Organisation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.govsite.model.OrganisationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OrganisationKind value);

	/**
	 * Returns the value of the '<em><b>Division Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Administrative division code (GB/T 2260), 6 digits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Division Code</em>' attribute.
	 * @see #setDivisionCode(String)
	 * @see org.govsite.model.GovSitePackage#getOrganisation_DivisionCode()
	 * @model
	 * @generated
	 */
	String getDivisionCode();

	/**
	 * Sets the value of the '{@link org.govsite.model.Organisation#getDivisionCode <em>Division Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Division Code</em>' attribute.
	 * @see #getDivisionCode()
	 * @generated
	 */
	void setDivisionCode(String value);

	/**
	 * Returns the value of the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Latin short name used in domains, e.g. "bd" for www.bd.gov.cn or "slj" for slj.bd.gov.cn.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Short Name</em>' attribute.
	 * @see #setShortName(String)
	 * @see org.govsite.model.GovSitePackage#getOrganisation_ShortName()
	 * @model
	 * @generated
	 */
	String getShortName();

	/**
	 * Sets the value of the '{@link org.govsite.model.Organisation#getShortName <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Name</em>' attribute.
	 * @see #getShortName()
	 * @generated
	 */
	void setShortName(String value);

	/**
	 * Returns the value of the '<em><b>Superior</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a department: the government it belongs to; for a city or county government: the government above it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Superior</em>' reference.
	 * @see #setSuperior(Organisation)
	 * @see org.govsite.model.GovSitePackage#getOrganisation_Superior()
	 * @model
	 * @generated
	 */
	Organisation getSuperior();

	/**
	 * Sets the value of the '{@link org.govsite.model.Organisation#getSuperior <em>Superior</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Superior</em>' reference.
	 * @see #getSuperior()
	 * @generated
	 */
	void setSuperior(Organisation value);

	/**
	 * Returns the value of the '<em><b>Sites</b></em>' reference list.
	 * The list contents are of type {@link org.govsite.model.Site}.
	 * It is bidirectional and its opposite is '{@link org.govsite.model.Site#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sites</em>' reference list.
	 * @see org.govsite.model.GovSitePackage#getOrganisation_Sites()
	 * @see org.govsite.model.Site#getHost
	 * @model opposite="host"
	 * @generated
	 */
	EList<Site> getSites();

} // Organisation
