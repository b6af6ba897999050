/**
 */
package org.govsite.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Column Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.govsite.model.GovSitePackage#getColumnCategory()
 * @model
 * @generated
 */
public enum ColumnCategory implements Enumerator {
	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(0, "OTHER", "OTHER"),

	/**
	 * The '<em><b>OVERVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVERVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	OVERVIEW(1, "OVERVIEW", "OVERVIEW"),

	/**
	 * The '<em><b>ORGANISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANISATION_VALUE
	 * @generated
	 * @ordered
	 */
	ORGANISATION(2, "ORGANISATION", "ORGANISATION"),

	/**
	 * The '<em><b>LEADERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEADERS_VALUE
	 * @generated
	 * @ordered
	 */
	LEADERS(3, "LEADERS", "LEADERS"),

	/**
	 * The '<em><b>POLICY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_VALUE
	 * @generated
	 * @ordered
	 */
	POLICY(4, "POLICY", "POLICY"),

	/**
	 * The '<em><b>NEWS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEWS_VALUE
	 * @generated
	 * @ordered
	 */
	NEWS(5, "NEWS", "NEWS"),

	/**
	 * The '<em><b>OPEN GOVERNMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_GOVERNMENT_VALUE
	 * @generated
	 * @ordered
	 */
	OPEN_GOVERNMENT(6, "OPEN_GOVERNMENT", "OPEN_GOVERNMENT"),

	/**
	 * The '<em><b>DATA RELEASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_RELEASE_VALUE
	 * @generated
	 * @ordered
	 */
	DATA_RELEASE(7, "DATA_RELEASE", "DATA_RELEASE"),

	/**
	 * The '<em><b>DATA OPENING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_OPENING_VALUE
	 * @generated
	 * @ordered
	 */
	DATA_OPENING(8, "DATA_OPENING", "DATA_OPENING"),

	/**
	 * The '<em><b>INTERPRETATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERPRETATION_VALUE
	 * @generated
	 * @ordered
	 */
	INTERPRETATION(9, "INTERPRETATION", "INTERPRETATION"),

	/**
	 * The '<em><b>SERVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	SERVICE(10, "SERVICE", "SERVICE"),

	/**
	 * The '<em><b>INTERACTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERACTION_VALUE
	 * @generated
	 * @ordered
	 */
	INTERACTION(11, "INTERACTION", "INTERACTION"),

	/**
	 * The '<em><b>TOPIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOPIC_VALUE
	 * @generated
	 * @ordered
	 */
	TOPIC(12, "TOPIC", "TOPIC");

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 0;

	/**
	 * The '<em><b>OVERVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVERVIEW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OVERVIEW_VALUE = 1;

	/**
	 * The '<em><b>ORGANISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANISATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ORGANISATION_VALUE = 2;

	/**
	 * The '<em><b>LEADERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEADERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEADERS_VALUE = 3;

	/**
	 * The '<em><b>POLICY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLICY_VALUE = 4;

	/**
	 * The '<em><b>NEWS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEWS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEWS_VALUE = 5;

	/**
	 * The '<em><b>OPEN GOVERNMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_GOVERNMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPEN_GOVERNMENT_VALUE = 6;

	/**
	 * The '<em><b>DATA RELEASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_RELEASE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DATA_RELEASE_VALUE = 7;

	/**
	 * The '<em><b>DATA OPENING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_OPENING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DATA_OPENING_VALUE = 8;

	/**
	 * The '<em><b>INTERPRETATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERPRETATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERPRETATION_VALUE = 9;

	/**
	 * The '<em><b>SERVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SERVICE_VALUE = 10;

	/**
	 * The '<em><b>INTERACTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERACTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERACTION_VALUE = 11;

	/**
	 * The '<em><b>TOPIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOPIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TOPIC_VALUE = 12;

	/**
	 * An array of all the '<em><b>Column Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ColumnCategory[] VALUES_ARRAY =
		new ColumnCategory[] {
			OTHER,
			OVERVIEW,
			ORGANISATION,
			LEADERS,
			POLICY,
			NEWS,
			OPEN_GOVERNMENT,
			DATA_RELEASE,
			DATA_OPENING,
			INTERPRETATION,
			SERVICE,
			INTERACTION,
			TOPIC,
		};

	/**
	 * A public read-only list of all the '<em><b>Column Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ColumnCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Column Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ColumnCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ColumnCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Column Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ColumnCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ColumnCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Column Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ColumnCategory get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case OVERVIEW_VALUE: return OVERVIEW;
			case ORGANISATION_VALUE: return ORGANISATION;
			case LEADERS_VALUE: return LEADERS;
			case POLICY_VALUE: return POLICY;
			case NEWS_VALUE: return NEWS;
			case OPEN_GOVERNMENT_VALUE: return OPEN_GOVERNMENT;
			case DATA_RELEASE_VALUE: return DATA_RELEASE;
			case DATA_OPENING_VALUE: return DATA_OPENING;
			case INTERPRETATION_VALUE: return INTERPRETATION;
			case SERVICE_VALUE: return SERVICE;
			case INTERACTION_VALUE: return INTERACTION;
			case TOPIC_VALUE: return TOPIC;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ColumnCategory(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ColumnCategory
