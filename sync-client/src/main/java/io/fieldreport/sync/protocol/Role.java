package io.fieldreport.sync.protocol;

import com.google.gson.annotations.SerializedName;

/** Inspectors sync the inspections assigned to them; office users see and edit every inspection. */
public enum Role {
    @SerializedName("inspector") INSPECTOR,
    @SerializedName("office") OFFICE
}
